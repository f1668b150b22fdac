// `npm install` in a source checkout builds the CLI. Installed from a package (npm, pre-commit), the
// sources are not there and dist/ already is, so there is nothing to do. This runs after install
// rather than as `prepare`, whose output would mix into what `npm pack` prints.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, 'src')) && existsSync(join(root, 'tsconfig.build.json'))) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  process.exit(build.status ?? 1);
}

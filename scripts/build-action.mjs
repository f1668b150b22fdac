// npm run build:action: bundles the GitHub Action's entry point into action/main.js, which is committed,
// because a workflow's `uses:` checks the repository out and runs it with no npm install.
// `node scripts/build-action.mjs DIR` writes to DIR instead (the test that the committed bundle is current).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(process.argv[2] ?? join(root, 'action'));

const result = await build({
  absWorkingDir: root,
  // The worker of large scans (src/engine/detect-pool.ts) is a file of its own beside main.js.
  entryPoints: { main: 'src/action/main.ts', 'detect-worker': 'src/engine/detect-worker.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // CommonJS dependencies call require(); an ES module has none unless it makes one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  // Only `leakguard rules check` loads it, never the action.
  external: ['recheck'],
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

// The bundle carries its dependencies' code, so it carries their licences too.
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match) packages.add(match[1]);
}
const notices = [...packages].sort().map((name) => {
  const dir = join(root, 'node_modules', name);
  const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((name) => /^licen[sc]e(\.md|\.txt)?$/i.test(name));
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `License: ${license}`;
  return `${name}@${version} (${license})\n\n${text}\n`;
});
writeFileSync(join(outdir, 'licenses.txt'), `The GitHub Action bundle (main.js) includes these packages.\n\n${notices.join('\n---\n\n')}`);

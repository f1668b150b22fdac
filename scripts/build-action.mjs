// npm run build:action: bundles the GitHub Action's entry point into action/main.js, which is committed,
// because a workflow's `uses:` checks the repository out and runs it with no npm install.
// `node scripts/build-action.mjs DIR` writes to DIR instead (the test that the committed bundle is current).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE, writeLicenses } from './bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(process.argv[2] ?? join(root, 'action'));

const result = await build({
  absWorkingDir: root,
  // The worker of large scans (src/engine/detect-pool.ts) is a file of its own beside main.js.
  entryPoints: { main: 'src/action/main.ts', 'detect-worker': 'src/engine/detect-worker.ts' },
  outdir,
  ...NODE_BUNDLE,
});

writeLicenses(root, result.metafile, join(outdir, 'licenses.txt'), 'The GitHub Action bundle (main.js)');

// Part of `npm run build`: bundles the CLI into dist/bin/. A pre-commit hook starts Node on every commit,
// and resolving, reading and linking some 250 module files cost it more than the scan itself. One file:
// what is imported at run time (a command) is only run when used, and one file starts faster than a file
// per command and per shared part (measured). Node compiles all of that file before it runs any, though,
// so the three large libraries that a hook never uses are files of their own beside it, loaded when used.
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE, writeLicenses } from './bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bin');

/**
 * The bundle carries the built-in rules parsed, in place of the module that reads them from rules/*.yaml
 * (through the build's cache, which it must hash against the files first): a hook starts without a YAML
 * parser. It is built from the rules as they are now, so a changed rule file needs a new build.
 */
const parsedRules = {
  name: 'parsed-rules',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]ruleset[\\/]load-rules\.ts$/ }, async () => {
      const { loadBuiltinRules } = await import(pathToFileURL(join(root, 'dist/src/ruleset/load-rules.js')).href);
      const json = JSON.stringify(loadBuiltinRules());
      // JSON.parse of a string literal is faster to start than the same data as an object literal.
      return { contents: `export function loadBuiltinRules() { return JSON.parse(${JSON.stringify(json)}); }\n`, loader: 'js' };
    });
  },
};

/** The argument parser's `string-width` (its help layout), as src/text-width.ts says why. */
const textWidth = {
  name: 'text-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, () => ({ path: join(root, 'src', 'text-width.ts') }));
  },
};

/**
 * The libraries kept out of the bundle, each as the file it is imported from at run time: the argument parser
 * (a flag was given), the YAML parser (a config or rule file is read), the file finder (a folder is scanned).
 * The bundle imports them only dynamically: a static import would load them at start-up.
 */
const APART = { yargs: 'yargs.js', yaml: 'yaml.cjs', 'fast-glob': 'fast-glob.cjs' };
const apart = {
  name: 'apart',
  setup(build) {
    build.onResolve({ filter: /^(yargs|yaml|fast-glob)$/ }, ({ path, kind }) => {
      if (kind !== 'dynamic-import') throw new Error(`${path} is imported statically: it would load whenever leakguard starts`);
      return { path: `./${APART[path]}`, external: true };
    });
  },
};

/** One library as a file: the CommonJS ones as CommonJS, whose exports an import sees as its default export. */
function buildApart(name) {
  const file = APART[name];
  const { banner, ...options } = NODE_BUNDLE;
  const commonJs = file.endsWith('.cjs');
  return build({
    absWorkingDir: root,
    stdin: { contents: commonJs ? `module.exports = require('${name}');` : `export { default } from '${name}';`, resolveDir: root },
    outfile: join(outdir, file),
    ...(commonJs ? { ...options, format: 'cjs' } : NODE_BUNDLE),
    plugins: [textWidth],
  });
}

rmSync(outdir, { recursive: true, force: true });
const results = await Promise.all([
  build({
    absWorkingDir: root,
    // The worker of large scans is a file of its own, found beside the bundle.
    entryPoints: { leakguard: 'src/cli.ts', 'detect-worker': 'src/engine/detect-worker.ts' },
    outdir,
    ...NODE_BUNDLE,
    plugins: [parsedRules, textWidth, apart],
  }),
  ...Object.keys(APART).map(buildApart),
]);

const inputs = Object.assign({}, ...results.map((result) => result.metafile.inputs));
writeLicenses(root, { inputs }, join(outdir, 'licenses.txt'), 'The leakguard command (dist/bin/)');

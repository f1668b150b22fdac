// Part of `npm run build`: bundles the CLI into dist/bin/. A pre-commit hook starts Node on every commit,
// and resolving, reading and linking some 250 module files cost it more than the scan itself. One file:
// what is imported at run time (a command) is only run when used, and one file starts faster than a file
// per command and per shared part (measured). Node compiles all of that file before it runs any, though,
// so the three large libraries that a hook never uses are files of their own beside it, loaded when used,
// and the program is CommonJS, run by a small launcher (src/launcher.cts) that compiles it with V8's code cache.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
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
 * The libraries kept out of the bundle, each as the file it is required from at run time: the argument parser
 * (a flag was given), the YAML parser (a config or rule file is read), the file finder (a folder is scanned).
 * The program imports them only dynamically: a static import would load them at start-up.
 */
const APART = { yargs: 'yargs.js', yaml: 'yaml.cjs', 'fast-glob': 'fast-glob.cjs' };
const apart = {
  name: 'apart',
  setup(build) {
    build.onResolve({ filter: /^(yargs|yaml|fast-glob)$/ }, ({ path, kind }) => {
      if (kind !== 'dynamic-import') throw new Error(`${path} is imported statically: it would load whenever leakguard starts`);
      return { path, namespace: 'apart' };
    });
    // What `import()` of a library gives: its file's exports as the default export, as Node gives a CommonJS
    // file's, whether the file is CommonJS or (yargs) an ES module whose default export is the library.
    build.onLoad({ filter: /.*/, namespace: 'apart' }, ({ path }) => {
      const file = APART[path];
      return { contents: `module.exports = require('./${file}')${file.endsWith('.js') ? '.default' : ''};`, loader: 'js' };
    });
    build.onResolve({ filter: /^\.\/[a-z-]+\.c?js$/, namespace: 'apart' }, ({ path }) => ({ path, external: true }));
  },
};

/**
 * The program as CommonJS for the launcher, which compiles it as Node compiles a CommonJS module. Code that V8
 * compiled from a cache cannot run `import()` on Node 20, so dynamic imports become `require` (which loads an
 * ES module such as yargs.js as well, from Node 20.19), and `import.meta.url` is the program's own address.
 */
const PROGRAM = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__program_url' },
  // First in the wrapper's body, so that the program runs in strict mode as the ES modules it was written as.
  banner: { js: `'use strict';\nconst __program_url = require('node:url').pathToFileURL(__filename).href;` },
  external: NODE_BUNDLE.external,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
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
  build({ absWorkingDir: root, entryPoints: { cli: 'src/cli.ts' }, outdir, outExtension: { '.js': '.cjs' }, ...PROGRAM, plugins: [parsedRules, textWidth, apart] }),
  // The worker of large scans is a file of its own, found beside the program.
  build({ absWorkingDir: root, entryPoints: { 'detect-worker': 'src/engine/detect-worker.ts' }, outdir, ...NODE_BUNDLE }),
  ...Object.keys(APART).map(buildApart),
]);
const program = readFileSync(join(outdir, 'cli.cjs'));
// esbuild escapes other characters in strings but keeps some comments and regex literals as written. One of those
// would make the program a two-byte string, which the launcher reads four times slower (~3 ms of a hook).
const other = program.findIndex((byte) => byte > 0x7f);
if (other !== -1) throw new Error(`dist/bin/cli.cjs is not ASCII at byte ${other}: write the character in its source as an escape (\\u…) or in ASCII`);
// The launcher names the program's code cache after the program's hash: a cache of another build is never read.
const programHash = createHash('sha256').update(program).digest('hex').slice(0, 16);
await build({
  absWorkingDir: root,
  entryPoints: ['src/launcher.cts'],
  outfile: join(outdir, 'leakguard.cjs'),
  ...PROGRAM,
  banner: undefined,
  define: { PROGRAM_HASH: JSON.stringify(programHash) },
});

const inputs = Object.assign({}, ...results.map((result) => result.metafile.inputs));
writeLicenses(root, { inputs }, join(outdir, 'licenses.txt'), 'The leakguard command (dist/bin/)');

// What the CLI's bundle (build-cli.mjs) and the GitHub Action's (build-action.mjs) share.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** esbuild options for an ES module bundle that Node 20 runs. */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // CommonJS dependencies call require(); an ES module has none unless it makes one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  // The pattern checker: large, and loaded only to check a rule's pattern (leakguard rules check, custom rules).
  external: ['recheck'],
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

/**
 * A bundle carries its dependencies' code, so it carries their licences too: one file naming each package
 * that esbuild's metafile says went into the bundle, with its licence text.
 */
export function writeLicenses(root, metafile, file, what) {
  const packages = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]);
  }
  const notices = [...packages].sort().map((name) => {
    const dir = join(root, 'node_modules', name);
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licence = readdirSync(dir).find((entry) => /^licen[sc]e(\.md|\.txt)?$/i.test(entry));
    const text = licence ? readFileSync(join(dir, licence), 'utf8').trim() : `License: ${license}`;
    return `${name}@${version} (${license})\n\n${text}\n`;
  });
  writeFileSync(file, `${what} includes these packages.\n\n${notices.join('\n---\n\n')}`);
}

// A bundle carries its dependencies' code, so it carries their licences too: one file naming each
// package that esbuild's metafile says went into the bundle, with its licence text.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

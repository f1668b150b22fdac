import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './cli.js';

/** The values of KEY=value lines of a fixture file, so that test code itself holds no secret. */
export function fixtureValues(relativePath: string): Record<string, string> {
  const text = readFileSync(join(repoRoot, 'fixtures', relativePath), 'utf8');
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m) values[m[1]!] = m[2]!;
  }
  return values;
}

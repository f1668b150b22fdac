import { expect } from 'vitest';
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

/** Asserts that no secret, nor any 12-character piece of one, is in `text`. */
export function expectNoSecret(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) {
    for (let i = 0; i + 12 <= secret.length; i += 6) expect(text).not.toContain(secret.slice(i, i + 12));
  }
}

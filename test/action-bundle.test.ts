import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from './helpers/cli.js';

describe('the committed bundle', () => {
  it('is exactly what npm run build:action makes from the current sources', () => {
    const out = tempDir('leakguard-bundle-');
    execFileSync(process.execPath, [join(repoRoot, 'scripts/build-action.mjs'), out]);
    for (const file of ['main.js', 'detect-worker.js', 'licenses.txt']) {
      expect(existsSync(join(out, file))).toBe(true);
      expect(readFileSync(join(out, file), 'utf8'), `action/${file} is stale: run npm run build:action and commit it`).toBe(
        readFileSync(join(repoRoot, 'action', file), 'utf8'),
      );
    }
  });
});

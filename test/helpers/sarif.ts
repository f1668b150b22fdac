import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { expect } from 'vitest';
import { repoRoot } from './cli.js';

let validate: ValidateFunction | undefined;

/** Asserts that `log` is valid SARIF 2.1.0 by the official schema, naming the first errors when not. */
export function expectValidSarif(log: unknown): void {
  if (!validate) {
    // Both packages are CommonJS whose module.exports is the default export itself.
    const Ajv = AjvDraft04 as unknown as typeof AjvDraft04.default;
    const addFormats = ajvFormats as unknown as typeof ajvFormats.default;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(join(repoRoot, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8')));
  }
  expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
}

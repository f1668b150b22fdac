import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../src/engine/match.js';
import { compileRules } from '../../src/ruleset/compile.js';
import { loadBuiltinRules } from '../../src/ruleset/load-rules.js';

const specs = loadBuiltinRules();
const ruleset = compileRules(specs);
// The rules that run on windows around their keywords (every match holds one), with their examples.
const windowed = ruleset.rules.flatMap((rule, index) => (rule.reach !== undefined && rule.reach < Infinity ? [{ index, examples: specs[index]!.examples }] : []));

/** Text of examples, their keywords alone, and filler of any length, in any order. */
const piece = fc.oneof(
  fc.constantFrom(...windowed.flatMap(({ examples }) => examples)),
  fc.constantFrom(...new Set(ruleset.rules.flatMap((rule) => rule.keywords))),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 1, max: 3000 }).map((n) => 'x = 1;\n'.repeat(n >> 3) + 'ab'.repeat(n & 7)),
);

describe('a rule run on windows around its keywords', () => {
  it('finds exactly what it finds on the whole text', () => {
    expect(windowed.length).toBeGreaterThan(200);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom('', ' ', '\n', '"'), (pieces, glue) => {
        const text = pieces.join(glue);
        const { hit, keywordEnds } = ruleset.candidates(text);
        for (const { index } of windowed) {
          if (!hit[index]) continue;
          const rule = ruleset.rules[index]!;
          expect(findMatches(rule, text, keywordEnds.of(index)), rule.id).toEqual(findMatches(rule, text));
        }
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { asciiCodes } from '../src/engine/ascii-codes.js';
import { KeywordMatcher } from '../src/engine/keyword-matcher.js';
import { checkRule } from '../src/ruleset/check-rule.js';
import { loadBuiltinRules } from '../src/ruleset/load-rules.js';

const rules = loadBuiltinRules();

describe('built-in rules', () => {
  it('has unique ids', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s is sound: examples found, negatives silent', (_id, rule) => {
    expect(checkRule(rule)).toEqual([]);
  });

  it('have a keyword in every spelling of an example\'s name that their pattern accepts (DD_APIKEY as DD_API_KEY)', () => {
    const unheard: string[] = [];
    for (const rule of rules) {
      const keywords = new KeywordMatcher([rule.keywords]);
      const pattern = new RegExp(rule.pattern, rule.flags ?? '');
      for (const example of rule.examples) {
        const match = new RegExp(rule.pattern, `d${rule.flags ?? ''}`).exec(example);
        const secretAt = match?.indices?.[1]?.[0];
        if (!match || secretAt === undefined) continue;
        // The name before the secret, each `_` or `-` in it spelled `_`, `-` or not at all.
        for (const name of spellings(example.slice(match.index, secretAt))) {
          const line = example.slice(0, match.index) + name + example.slice(secretAt);
          if (pattern.test(line) && keywords.scan(asciiCodes(line), new Uint8Array(1)) === 0) unheard.push(`${rule.id}: ${name}`);
        }
      }
    }
    expect(unheard).toEqual([]);
  });
});

function spellings(name: string): string[] {
  let all = [''];
  for (const ch of name) {
    all = all.flatMap((start) => (ch === '_' || ch === '-' ? ['_', '-', ''] : [ch]).map((next) => start + next));
    if (all.length > 729) return [];
  }
  return all;
}

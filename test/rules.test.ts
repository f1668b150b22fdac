import { describe, expect, it } from 'vitest';
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
});

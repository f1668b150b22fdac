import { describe, expect, it } from 'vitest';
import { patternShape } from '../../src/ruleset/pattern-shape.js';
import { loadBuiltinRules } from '../../src/ruleset/load-rules.js';

const longest = (pattern: string) => patternShape(pattern, []).maxLength;
const holds = (pattern: string, keywords: string[]) => patternShape(pattern, keywords).keywordInMatch;

describe('patternShape: the longest a match reads', () => {
  it('adds up a sequence, takes the longest alternative, and multiplies by the most repetitions', () => {
    expect(longest('abc')).toBe(3);
    expect(longest('a{2,5}b?')).toBe(6);
    expect(longest('(?:ab|c){3}')).toBe(6);
    expect(longest('\\d{4}-\\d{2}[A-Z]{1,2}')).toBe(9);
    expect(longest('\\x41\\u0042\\cJ.')).toBe(4);
  });

  it('counts lookarounds as text, and assertions as none', () => {
    expect(longest('(?<![A-Za-z0-9])x(?=[a-z]{3})')).toBe(5);
    expect(longest('^\\bx\\B$')).toBe(1);
  });

  it('reads a brace that starts no quantifier as a character', () => {
    expect(longest('a{,3}')).toBe(5);
    expect(longest('{x}')).toBe(3);
  });

  it('is unbounded with *, +, an open range or a backreference', () => {
    expect(longest('a+')).toBe(Infinity);
    expect(longest('ab*')).toBe(Infinity);
    expect(longest('a{2,}')).toBe(Infinity);
    expect(longest('(a)\\1')).toBe(Infinity);
    expect(longest('(?<q>a)\\k<q>')).toBe(Infinity);
  });

  it('is never shorter than a match of a built-in rule example', () => {
    for (const spec of loadBuiltinRules()) {
      const regex = new RegExp(spec.pattern, `g${spec.flags ?? ''}`);
      const most = longest(spec.pattern);
      for (const example of spec.examples) for (const match of example.matchAll(regex)) expect(match[0].length, spec.id).toBeLessThanOrEqual(most);
    }
  });
});

describe('patternShape: whether every match holds a keyword', () => {
  it('finds a keyword spelled by plain characters, escapes, small alternations and classes', () => {
    expect(holds('\\b(sk-ant-api03-[A-Za-z0-9_-]{93}AA)', ['sk-ant-api03-'])).toBe(true);
    expect(holds('sk_(?:live|test)_[a-z]{10}', ['sk_live_', 'sk_test_'])).toBe(true);
    expect(holds('aws[_-]?secret', ['aws_secret', 'aws-secret', 'awssecret'])).toBe(true);
    expect(holds('discord\\.com/api', ['discord.com/api'])).toBe(true);
    expect(holds('(?:KEY){2}', ['keykey'])).toBe(true);
  });

  it('does not when one way through the pattern spells no keyword', () => {
    // `secret_accesskey` is a match, and no keyword is in it.
    expect(holds('secret_?access_?key', ['secretaccesskey', 'secret_access_key'])).toBe(false);
    expect(holds('(?:braintree[_-]?)?private[_-]?key', ['braintree'])).toBe(false);
    expect(holds('sk-[a-z]{4}', ['sk-ant'])).toBe(false);
    expect(holds('(?:sk-ant)?x', ['sk-ant'])).toBe(false);
    expect(holds('[^s]k-ant', ['sk-ant'])).toBe(false);
  });

  it('does not count what a lookaround reads', () => {
    expect(holds('(?<=sk-ant)[a-z]{4}', ['sk-ant'])).toBe(false);
    expect(holds('[a-z]{4}(?=sk-ant)', ['sk-ant'])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { findMatches } from '../../src/engine/match.js';
import type { Rule } from '../../src/types.js';

const rule = (pattern: string, reach: number): Rule => ({
  id: 'test',
  description: 'test',
  keywords: ['key'],
  regex: new RegExp(pattern, 'gd'),
  entropy: 0,
  confidence: 'high',
  tags: [],
  reach,
});

describe('findMatches around keywords', () => {
  it('finds a match holding a keyword anywhere in a long line, with the spans of the whole text', () => {
    const text = `${'a'.repeat(100_000)} key_0123456789 ${'b'.repeat(100_000)}`;
    const keywordEnds = [100_003];
    const [match] = findMatches(rule('key_([0-9]{10})', 14), text, keywordEnds);
    expect(match).toEqual({ secret: '0123456789', start: 100_005, end: 100_015, matchStart: 100_001 });
  });

  it('leaves out a match at the cut end of a window, whose lookahead would see the cut as the end', () => {
    // The window around `key` ends after 1234: searched alone, 1234 would pass its lookahead.
    const text = 'keyx123456789';
    const digits = rule('([0-9]{4})(?![0-9])', 5);
    expect(findMatches(digits, text).map((match) => match.secret)).toEqual(['6789']);
    expect(findMatches(digits, text, [2])).toEqual([]);
  });

  it('gives a lookbehind the text before the first start it tries', () => {
    // The first start tried, 5 before the end of the keyword `k`, is the 1: the X before it is read too.
    const text = `${'-'.repeat(20)}X1234k${'-'.repeat(20)}`;
    const behind = rule('(?<!X)([0-9]{4})', 5);
    expect(findMatches(behind, text)).toEqual([]);
    expect(findMatches(behind, text, [25])).toEqual([]);
  });

  it('searches each stretch of text once where windows meet', () => {
    const text = 'key_0000000001 key_0000000002';
    const matches = findMatches(rule('key_([0-9]{10})', 14), text, [2, 17]);
    expect(matches.map((match) => match.secret)).toEqual(['0000000001', '0000000002']);
  });
});

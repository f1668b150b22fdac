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

  it('leaves out a match at the cut edge of a window, whose lookbehind would see the cut as the start', () => {
    // The window around `key` starts right after the Z: searched alone, AKIAABCD would pass its lookbehind.
    const text = `ZAKIAABCD${'-'.repeat(9)}key${' '.repeat(30)}`;
    const akia = rule('(?<![A-Z])(AKIA[A-Z]{4})', 9);
    expect(findMatches(akia, text)).toEqual([]);
    expect(findMatches(akia, text, [20])).toEqual([]);
  });

  it('searches each stretch of text once where windows meet', () => {
    const text = 'key_0000000001 key_0000000002';
    const matches = findMatches(rule('key_([0-9]{10})', 14), text, [2, 17]);
    expect(matches.map((match) => match.secret)).toEqual(['0000000001', '0000000002']);
  });
});

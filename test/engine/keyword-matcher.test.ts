import { describe, expect, it } from 'vitest';
import { asciiCodes } from '../../src/engine/ascii-codes.js';
import { KeywordEnds } from '../../src/engine/keyword-ends.js';
import { KeywordMatcher } from '../../src/engine/keyword-matcher.js';

const hits = (matcher: KeywordMatcher, owners: number, text: string) => {
  const hit = new Uint8Array(owners);
  matcher.scan(asciiCodes(text), hit);
  return [...hit].flatMap((v, i) => (v ? [i] : []));
};

describe('KeywordMatcher', () => {
  const matcher = new KeywordMatcher([['sk-ant-'], ['ghp_', 'gho_'], ['key'], ['monkey']]);

  it('marks every owner whose keyword occurs, in one pass, ignoring ASCII case', () => {
    expect(hits(matcher, 4, 'export GHO_abc and SK-ANT-x')).toEqual([0, 1]);
    expect(hits(matcher, 4, 'a monkey')).toEqual([2, 3]);
    expect(hits(matcher, 4, 'nothing here')).toEqual([]);
  });

  it('finds keywords that overlap or follow a partial match', () => {
    expect(hits(matcher, 4, 'sk-sk-ant-')).toEqual([0]);
    expect(hits(matcher, 4, 'ghghp_')).toEqual([1]);
  });

  it('records, by owner, where each keyword ends, once per character, and forgets them for the next text', () => {
    const ends = new KeywordEnds(4);
    const keywords = new KeywordMatcher([['sk-ant-'], ['ghp_'], ['key', 'ey'], ['monkey']]);
    keywords.scan(asciiCodes('key monkey SK-ANT- key'), new Uint8Array(4), ends);
    expect(ends.of(2)).toEqual([2, 9, 21]);
    expect(ends.of(3)).toEqual([9]);
    expect(ends.of(0)).toEqual([17]);
    expect(ends.of(1)).toEqual([]);
    ends.reset();
    keywords.scan(asciiCodes('ghp_'), new Uint8Array(4), ends);
    expect([ends.of(1), ends.of(2)]).toEqual([[3], []]);
  });

  it('grows past its first thousand ends', () => {
    const ends = new KeywordEnds(1);
    new KeywordMatcher([['k']]).scan(asciiCodes('k'.repeat(5000)), new Uint8Array(1), ends);
    expect(ends.of(0)).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  });

  it('passes over non-ASCII text without losing matches after it', () => {
    expect(hits(matcher, 4, 'clé → ключ ghp_')).toEqual([1]);
    expect(hits(matcher, 4, '🔑 sk-ant-')).toEqual([0]);
  });

  it('reads no keyword into characters whose low byte spells one', () => {
    // U+016B U+0165 U+0179 are 0x6B 0x65 0x79 ("key") in their low bytes, which a Latin-1 copy would keep.
    expect(hits(matcher, 4, 'mon\u016b\u0165\u0179 \u0147\u0168\u0170\u015f')).toEqual([]);
  });
});

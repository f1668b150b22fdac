import { describe, expect, it } from 'vitest';
import { KeywordEnds } from '../../src/engine/keyword-ends.js';
import { KeywordMatcher } from '../../src/engine/keyword-matcher.js';

const hits = (matcher: KeywordMatcher, owners: number, text: string) => {
  const hit = new Uint8Array(owners);
  matcher.scan(text, hit);
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
    keywords.scan('key monkey SK-ANT- key', new Uint8Array(4), ends);
    expect(ends.of(2)).toEqual([2, 9, 21]);
    expect(ends.of(3)).toEqual([9]);
    expect(ends.of(0)).toEqual([17]);
    expect(ends.of(1)).toEqual([]);
    ends.reset();
    keywords.scan('ghp_', new Uint8Array(4), ends);
    expect([ends.of(1), ends.of(2)]).toEqual([[3], []]);
  });

  it('grows past its first thousand ends', () => {
    const ends = new KeywordEnds(1);
    new KeywordMatcher([['k']]).scan('k'.repeat(5000), new Uint8Array(1), ends);
    expect(ends.of(0)).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  });

  it('passes over non-ASCII text without losing matches after it', () => {
    expect(hits(matcher, 4, 'clé → ключ ghp_')).toEqual([1]);
  });
});

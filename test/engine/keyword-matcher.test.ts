import { describe, expect, it } from 'vitest';
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

  it('lists, by owner, where each keyword ends, once per character', () => {
    const ends: (number[] | undefined)[] = [];
    matcher.scan('key monkey SK-ANT- key', new Uint8Array(4), ends);
    expect(ends[2]).toEqual([2, 9, 21]);
    expect(ends[3]).toEqual([9]);
    expect(ends[0]).toEqual([17]);
    expect(ends[1]).toBeUndefined();
  });

  it('passes over non-ASCII text without losing matches after it', () => {
    expect(hits(matcher, 4, 'clé → ключ ghp_')).toEqual([1]);
  });
});

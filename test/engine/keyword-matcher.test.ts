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

  it('passes over non-ASCII text without losing matches after it', () => {
    expect(hits(matcher, 4, 'clé → ключ ghp_')).toEqual([1]);
  });
});

import { describe, expect, it } from 'vitest';
import textWidth from '../src/text-width.js';

describe('the width of help text in terminal columns', () => {
  it('counts a column per character of plain text', () => {
    expect(textWidth('')).toBe(0);
    expect(textWidth('  --format  Output format')).toBe(25);
    expect(textWidth('café · naïve — ok…')).toBe(18);
  });

  it('gives escape sequences no column', () => {
    expect(textWidth('\u001b[1mbold\u001b[22m and \u001b[38;5;208mcolour\u001b[39m')).toBe(15);
    expect(textWidth('\u001b]8;;https://example.test\u0007link\u001b]8;;\u0007')).toBe(4);
  });

  it('gives combining marks and zero-width characters none, wide characters and emoji two', () => {
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('a\u200bb')).toBe(2);
    expect(textWidth('秘密の鍵')).toBe(8);
    expect(textWidth('ｋｅｙ')).toBe(6);
    expect(textWidth('🔑 key')).toBe(6);
    expect(textWidth('\u{20000}')).toBe(2);
  });

  it('is what the bundled argument parser measures its help with', async () => {
    const { readFileSync } = await import('node:fs');
    const parser = readFileSync(new URL('../dist/bin/yargs.js', import.meta.url), 'utf8');
    expect(parser).not.toContain('Intl.Segmenter');
    expect(parser).toContain('src/text-width.ts');
  });
});

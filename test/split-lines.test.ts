import { describe, expect, it } from 'vitest';
import { splitLines } from '../src/sources/split-lines.js';

async function lines(chunks: Buffer[], maxLineBytes = 1000): Promise<string[]> {
  async function* stream() {
    yield* chunks;
  }
  const out: string[] = [];
  for await (const batch of splitLines(stream(), maxLineBytes)) out.push(...batch);
  return out;
}

describe('splitLines', () => {
  it('splits on \\n only, across chunk boundaries, keeping \\r and the last unterminated line', async () => {
    const text = 'one\r\ntwo\rstill two\nthree';
    const bytes = Buffer.from(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(await lines([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(['one\r', 'two\rstill two', 'three']);
    }
  });

  it('decodes a UTF-8 character split between chunks', async () => {
    const bytes = Buffer.from('ü\n');
    expect(await lines([bytes.subarray(0, 1), bytes.subarray(1)])).toEqual(['ü']);
  });

  it('keeps empty lines', async () => {
    expect(await lines([Buffer.from('\n\na\n')])).toEqual(['', '', 'a']);
  });

  it('cuts a line longer than the limit to one byte over it, within and across chunks', async () => {
    const long = 'x'.repeat(50);
    expect(await lines([Buffer.from(`${long}\nshort\n`)], 10)).toEqual(['x'.repeat(11), 'short']);
    const chunks = Array.from({ length: 10 }, () => Buffer.from('x'.repeat(5)));
    expect(await lines([...chunks, Buffer.from('\nshort')], 10)).toEqual(['x'.repeat(11), 'short']);
  });
});

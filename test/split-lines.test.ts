import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../src/sources/split-lines.js';

function lines(chunks: Buffer[], maxLineBytes = 1000): string[] {
  const out: string[] = [];
  const splitter = new LineSplitter(maxLineBytes, (bytes, start, end) => out.push(bytes.toString('utf8', start, end)));
  for (const chunk of chunks) splitter.write(chunk);
  splitter.end();
  return out;
}

describe('LineSplitter', () => {
  it('splits on \\n only, across chunk boundaries, keeping \\r and the last unterminated line', () => {
    const text = 'one\r\ntwo\rstill two\nthree';
    const bytes = Buffer.from(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(lines([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(['one\r', 'two\rstill two', 'three']);
    }
  });

  it('decodes a UTF-8 character split between chunks', () => {
    const bytes = Buffer.from('ü\n');
    expect(lines([bytes.subarray(0, 1), bytes.subarray(1)])).toEqual(['ü']);
  });

  it('keeps empty lines', () => {
    expect(lines([Buffer.from('\n\na\n')])).toEqual(['', '', 'a']);
  });

  it('cuts a line longer than the limit to one byte over it, within and across chunks', () => {
    const long = 'x'.repeat(50);
    expect(lines([Buffer.from(`${long}\nshort\n`)], 10)).toEqual(['x'.repeat(11), 'short']);
    const chunks = Array.from({ length: 10 }, () => Buffer.from('x'.repeat(5)));
    expect(lines([...chunks, Buffer.from('\nshort')], 10)).toEqual(['x'.repeat(11), 'short']);
  });
});

import { describe, expect, it } from 'vitest';
import { asciiCodes } from '../../src/engine/ascii-codes.js';

describe('asciiCodes', () => {
  it('gives an ASCII text its own codes, one byte per character', () => {
    const text = 'API_KEY="sk-ant-x"\r\n\t~';
    expect([...asciiCodes(text)]).toEqual([...text].map((ch) => ch.charCodeAt(0)));
  });

  it('gives every other UTF-16 code unit 0x80, each surrogate of an emoji included, at its own index', () => {
    const codes = [...asciiCodes('é=\u016bk🔑z')];
    expect(codes).toEqual([0x80, 0x3d, 0x80, 0x6b, 0x80, 0x80, 0x7a]);
  });

  it('reads texts larger than the buffer it keeps, and short ones after them', () => {
    const large = `${'a'.repeat(5 * 1024 * 1024)}é`;
    const codes = asciiCodes(large);
    expect([codes.length, codes[0], codes[large.length - 2], codes[large.length - 1]]).toEqual([large.length, 0x61, 0x61, 0x80]);
    expect([...asciiCodes('ok')]).toEqual([0x6f, 0x6b]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEncodedRuns } from '../../src/engine/decode/encoded-runs.js';
import { decoders } from '../../src/engine/decode/decoders.js';

const spansOf = (text: string, regex: RegExp) => [...text.matchAll(regex)].map((m) => [m.index, m.index + m[0].length] as [number, number]);

const isOddByte = (byte: number) => (byte < 0x20 && ![0x09, 0x0a, 0x0d].includes(byte)) || byte > 0x7e;

/** What the candidates are, said plainly: maximal runs of the alphabet, long enough, not random bytes at the start. */
function expectedRuns(text: string) {
  const base64 = spansOf(text, /[A-Za-z0-9+/_-]+/g)
    .filter(([start, end]) => end - start >= 24 && end - start <= 65536)
    .filter(([start]) => Buffer.from(text.slice(start, start + 16), 'base64').filter(isOddByte).length <= 1)
    .map(([start, end]) => [start, end + (/^={0,2}/.exec(text.slice(end))![0].length)] as [number, number]);
  const hex = spansOf(text, /[A-Za-z0-9]+/g).filter(
    ([start, end]) => /^[0-9a-fA-F]+$/.test(text.slice(start, end)) && end - start >= 32 && end - start <= 65536 && (end - start) % 2 === 0,
  );
  return { base64, hex };
}

const decodesToText = (hexDigits: string) => !Buffer.from(hexDigits, 'hex').toString('utf8').includes('\ufffd');

/**
 * Runs of hex or base64 characters made of units that decode to text (`fn5+` is `~~~`, `fn5/` is `~~` and
 * DEL) or to bytes no text holds, of every length (most near the minimums), each followed by a separator or
 * by nothing (then two runs make one), so that runs of every kind meet every kind of edge.
 */
const units = [
  ['YWJj', 'LS0t', 'fn5+', 'fn5-', 'fn5/', 'fn5_', '+/-_', 'Zg-_'],
  ['61', '7A', '20', '4a', 'c3a9', 'e282ac', 'e98db5', 'f09f9491', '61', '7A', '20', 'c3', 'a9', 'fF', 'f5'],
];
const run = fc
  .constantFrom(...units)
  .chain((unit) => fc.array(fc.constantFrom(...unit), { maxLength: 16 }))
  .map((parts) => parts.join(''));
const separator = fc.constantFrom('', '.', ' ', '=', '==', '===', '\n', 'é', 'g', '-');
const text = fc.array(fc.tuple(run, separator), { maxLength: 30 }).map((parts) => parts.flat().join(''));

describe('decoding candidates', () => {
  it('are every base64 run and every whole hex run long enough to hide a key and not random bytes, wherever they start', () => {
    fc.assert(
      fc.property(text, (t) => {
        const found = findEncodedRuns(t);
        const expected = expectedRuns(t);
        expect(found.base64).toEqual(expected.base64);
        // Hex runs of bytes that are no UTF-8 for sure are dropped; any that decodes to text is kept.
        expect(expected.hex).toEqual(expect.arrayContaining(found.hex));
        expect(found.hex).toEqual(expect.arrayContaining(expected.hex.filter(([start, end]) => decodesToText(t.slice(start, end)))));
      }),
      { numRuns: 2000 },
    );
  });

  it('of escapes are the tokens around each marker, for markers next to each other too', () => {
    const escape = decoders.find((decoder) => decoder.name === 'escape')!;
    const percent = decoders.find((decoder) => decoder.name === 'percent')!;
    expect(escape.find('a \\\\\\u0041" b\\x41 \\q')).toEqual([
      [2, 11],
      [12, 17],
    ]);
    expect(percent.find('%%41%4 x%2D%2D')).toEqual([
      [0, 6],
      [7, 14],
    ]);
  });

  it('in hex are the runs of text in any script, not those of random bytes or cut inside a character', () => {
    const hex = decoders.find((decoder) => decoder.name === 'hex')!;
    const encoded = Buffer.from('clé ключ 鍵 🔑 token').toString('hex');
    const cut = encoded.slice(0, -2 * ' token'.length - 2);
    const hash = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    expect(hex.find(`${encoded} ${cut} ${hash}`)).toEqual([[0, encoded.length]]);
    expect(hex.decode(encoded)).toBe('clé ключ 鍵 🔑 token');
  });
});

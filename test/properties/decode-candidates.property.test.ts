import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEncodedRuns } from '../../src/engine/decode/encoded-runs.js';
import { decoders } from '../../src/engine/decode/decoders.js';

const spansOf = (text: string, regex: RegExp) => [...text.matchAll(regex)].map((m) => [m.index, m.index + m[0].length] as [number, number]);

/** What the candidates are, said plainly: maximal runs of the alphabet, long enough. */
function expectedRuns(text: string) {
  const base64 = spansOf(text, /[A-Za-z0-9+/_-]+/g)
    .filter(([start, end]) => end - start >= 24 && end - start <= 65536)
    .map(([start, end]) => [start, end + (/^={0,2}/.exec(text.slice(end))![0].length)] as [number, number]);
  const hex = spansOf(text, /[A-Za-z0-9]+/g).filter(
    ([start, end]) => /^[0-9a-fA-F]+$/.test(text.slice(start, end)) && end - start >= 32 && end - start <= 65536 && (end - start) % 2 === 0,
  );
  return { base64, hex };
}

/**
 * Runs of hex, alphanumeric or base64 characters, mostly near the minimum lengths, each followed by a
 * separator or by nothing (then two runs make one), so that runs of every length meet every kind of edge.
 */
const run = fc
  .tuple(fc.constantFrom('aF7', 'aF7gZ', 'aF7gZ-+/_'), fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 20, max: 36 }), fc.integer({ min: 1, max: 80 })))
  .chain(([alphabet, length]) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: length, maxLength: length }));
const separator = fc.constantFrom('', '.', ' ', '=', '==', '===', '\n', 'é', 'g', '-');
const text = fc.array(fc.tuple(run, separator), { maxLength: 30 }).map((parts) => parts.flat().join(''));

describe('decoding candidates', () => {
  it('are every base64 run and every whole hex run long enough to hide a key, wherever they start', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findEncodedRuns(t)).toEqual(expectedRuns(t));
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

  it('in hex decode when the bytes are text, in any script, and not when they are random', () => {
    const hex = decoders.find((decoder) => decoder.name === 'hex')!;
    const text = 'clé ключ 鍵 🔑 token';
    expect(hex.decode(Buffer.from(text).toString('hex'))).toBe(text);
    // Cut inside the last character: its bytes are no UTF-8 then.
    expect(hex.decode(Buffer.from(text).toString('hex').slice(0, -2 * ' token'.length - 2))).toBeUndefined();
    expect(hex.decode('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBeUndefined();
  });
});

import { asciiCodes } from '../ascii-codes.js';
import { isBrokenUtf8, startsAsText } from './random-bytes.js';

// Character classes as bits, so that one table serves base64, alphanumeric and hex runs.
const BASE64_BIT = 1;
const ALNUM_BIT = 2;
const HEX_BIT = 4;
const CLASSES = new Uint8Array(128);
for (const ch of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') CLASSES[ch.charCodeAt(0)] = BASE64_BIT | ALNUM_BIT;
for (const ch of '+/_-') CLASSES[ch.charCodeAt(0)] = BASE64_BIT;
for (const ch of '0123456789abcdefABCDEF') CLASSES[ch.charCodeAt(0)]! |= HEX_BIT;

const MIN_BASE64 = 24;
const MIN_HEX = 32;
const MAX_RUN = 65536;

export interface EncodedRuns {
  base64: Array<[number, number]>;
  hex: Array<[number, number]>;
}

function isIn(codes: Uint8Array, at: number, bit: number): boolean {
  const code = codes[at]!;
  return code < 128 && (CLASSES[code]! & bit) !== 0;
}

/**
 * Calls `visit` with every maximal run of `bit` characters in [from, to) at least `min` long. Such a run
 * covers one of every `min`-th position, so only those are looked at, and a run is walked out from there:
 * most of a text is read not at all, none of it more than twice.
 */
function forEachRun(codes: Uint8Array, bit: number, min: number, from: number, to: number, visit: (start: number, end: number) => void): void {
  let floor = from;
  for (let probe = from + min - 1; probe < to; ) {
    if (!isIn(codes, probe, bit)) {
      probe += min;
      continue;
    }
    let start = probe;
    while (start > floor && isIn(codes, start - 1, bit)) start--;
    let end = probe + 1;
    while (end < to && isIn(codes, end, bit)) end++;
    if (end - start >= min) visit(start, end);
    floor = end;
    probe = end + min;
  }
}

/**
 * Base64 runs (with their padding) and hex runs (whole alphanumeric runs of whole bytes) long enough to
 * hide a key, but for those whose first bytes show random data: most runs are, and they are dropped here
 * before any is sliced or decoded. A hex run is part of a base64 run, so hex is only looked for inside those.
 */
export function findEncodedRuns(text: string): EncodedRuns {
  const codes = asciiCodes(text);
  const runs: EncodedRuns = { base64: [], hex: [] };
  const addHex = (start: number, end: number) => {
    const length = end - start;
    const whole = (start === 0 || !isIn(codes, start - 1, ALNUM_BIT)) && (end === codes.length || !isIn(codes, end, ALNUM_BIT));
    if (whole && length <= MAX_RUN && length % 2 === 0 && !isBrokenUtf8(codes, start, end)) runs.hex.push([start, end]);
  };
  forEachRun(codes, BASE64_BIT, MIN_BASE64, 0, codes.length, (start, end) => {
    if (end - start <= MAX_RUN && startsAsText(codes, start)) {
      let padded = end;
      while (padded < codes.length && padded - end < 2 && codes[padded] === 61) padded++; // '=' padding
      runs.base64.push([start, padded]);
    }
    if (end - start >= MIN_HEX) forEachRun(codes, HEX_BIT, MIN_HEX, start, end, addHex);
  });
  return runs;
}

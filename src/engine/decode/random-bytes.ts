/*
 * Most decoding candidates are random bytes (blobs, hashes, keys' binary forms): these tell them from text
 * on the encoded characters, before anything is decoded or allocated.
 */

const SEXTETS = new Uint8Array(128);
[...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'].forEach((ch, value) => (SEXTETS[ch.charCodeAt(0)] = value));
for (const [ch, value] of [['+', 62], ['/', 63], ['-', 62], ['_', 63]] as const) SEXTETS[ch.charCodeAt(0)] = value;
const PROBE_CHARS = 16;

const isOddByte = (byte: number) => (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte > 0x7e;

/**
 * At most one of the first 12 bytes the base64 run at `start` decodes to is outside printable ASCII and
 * whitespace (UTF-8 text may start with one): read from its first 16 characters, which must all be of the
 * alphabet (standard or URL-safe).
 */
export function startsAsText(codes: Uint8Array, start: number): boolean {
  let odd = 0;
  for (let i = start; i < start + PROBE_CHARS; i += 4) {
    const bits = (SEXTETS[codes[i]!]! << 18) | (SEXTETS[codes[i + 1]!]! << 12) | (SEXTETS[codes[i + 2]!]! << 6) | SEXTETS[codes[i + 3]!]!;
    odd += Number(isOddByte(bits >>> 16)) + Number(isOddByte((bits >>> 8) & 0xff)) + Number(isOddByte(bits & 0xff));
  }
  return odd <= 1;
}

const HEX_VALUES = new Uint8Array(128);
for (const ch of '0123456789abcdef') HEX_VALUES[ch.charCodeAt(0)] = HEX_VALUES[ch.toUpperCase().charCodeAt(0)] = Number.parseInt(ch, 16);

/**
 * Whether the bytes of the hex digits in [start, end) are no UTF-8 for sure: a byte no UTF-8 text holds, a
 * continuation byte out of place, or a sequence cut short. Those decode to U+FFFD, which no printable text
 * holds, so this rejects only what decoding would: random bytes (hashes) fail within a few bytes.
 */
export function isBrokenUtf8(codes: Uint8Array, start: number, end: number): boolean {
  let continuations = 0;
  for (let i = start; i + 1 < end; i += 2) {
    const byte = (HEX_VALUES[codes[i]!]! << 4) | HEX_VALUES[codes[i + 1]!]!;
    if (byte >= 0x80 && byte <= 0xbf) {
      if (continuations === 0) return true;
      continuations--;
    } else if (continuations > 0 || byte === 0xc0 || byte === 0xc1 || byte > 0xf4) {
      return true;
    } else if (byte >= 0xc2) {
      continuations = byte < 0xe0 ? 1 : byte < 0xf0 ? 2 : 3;
    }
  }
  return continuations > 0;
}

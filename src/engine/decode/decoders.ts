/**
 * Decoders for secrets in disguise. Each finds candidate spans of one encoding in a text and
 * decodes them; a candidate that does not decode to printable text is dropped, so random
 * blobs (images, compressed data, hashes, keys' binary forms) produce nothing.
 */
export interface Decoder {
  name: string;
  /** Spans [start, end) of the encoded candidates in `text`. */
  find(text: string): Array<[number, number]>;
  decode(encoded: string): string | undefined;
}

const MAX_TOKEN = 4096;

// Character classes as bits, so that one pass over a text finds base64 and hex runs together.
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

interface Runs {
  base64: Array<[number, number]>;
  hex: Array<[number, number]>;
}

let lastText: string | undefined;
let lastRuns: Runs = { base64: [], hex: [] };

/**
 * Base64 runs (with their padding) and hex runs (whole alphanumeric runs of whole bytes) long
 * enough to hide a key, in one pass; the last text's answer is kept for the second decoder.
 */
function encodedRuns(text: string): Runs {
  if (text === lastText) return lastRuns;
  const runs: Runs = { base64: [], hex: [] };
  let base64Start = -1;
  let alnumStart = -1;
  let allHex = true;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const bits = code < 128 ? CLASSES[code]! : 0;
    if (bits & ALNUM_BIT) {
      if (alnumStart < 0) {
        alnumStart = i;
        allHex = true;
      }
      if (!(bits & HEX_BIT)) allHex = false;
    } else if (alnumStart >= 0) {
      const length = i - alnumStart;
      if (allHex && length >= MIN_HEX && length <= MAX_RUN && length % 2 === 0) runs.hex.push([alnumStart, i]);
      alnumStart = -1;
    }
    if (bits & BASE64_BIT) {
      if (base64Start < 0) base64Start = i;
    } else if (base64Start >= 0) {
      const length = i - base64Start;
      if (length >= MIN_BASE64 && length <= MAX_RUN) {
        let end = i;
        while (end < text.length && end - i < 2 && text.charCodeAt(end) === 61) end++; // '=' padding
        runs.base64.push([base64Start, end]);
      }
      base64Start = -1;
    }
  }
  lastText = text;
  lastRuns = runs;
  return runs;
}

/**
 * Spans of the tokens (runs between delimiters) that hold an escape marker; the marker regex
 * is cheap and the expansion linear, so a long line without markers costs one regex pass.
 */
function tokensWith(marker: RegExp, delimiters: RegExp): (text: string) => Array<[number, number]> {
  return (text) => {
    const spans: Array<[number, number]> = [];
    let covered = -1;
    for (const m of text.matchAll(marker)) {
      if (m.index < covered) continue;
      let start = m.index;
      while (start > 0 && m.index - start < MAX_TOKEN && !delimiters.test(text[start - 1]!)) start--;
      let end = m.index + m[0].length;
      while (end < text.length && end - m.index < MAX_TOKEN && !delimiters.test(text[end]!)) end++;
      spans.push([start, end]);
      covered = end;
    }
    return spans;
  };
}

const MIN_PRINTABLE_RATIO = 0.95;

/** Text a person or a config could hold: valid UTF-8, no control characters but whitespace. */
export function isPrintableText(text: string): boolean {
  if (text.length === 0 || text.includes('\ufffd')) return false;
  let printable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x20 && code !== 0x7f) || code === 0x09 || code === 0x0a || code === 0x0d) printable++;
  }
  return printable / text.length >= MIN_PRINTABLE_RATIO;
}

/** At most one byte of the probe is outside printable ASCII and whitespace (UTF-8 text may start with one). */
function startsAsText(probe: Buffer): boolean {
  let odd = 0;
  for (const byte of probe) if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte > 0x7e) odd++;
  return odd <= 1;
}

function printableOrUndefined(text: string): string | undefined {
  return isPrintableText(text) ? text : undefined;
}

const base64: Decoder = {
  name: 'base64',
  // Standard or URL-safe alphabet, with or without padding; long enough to hide a key.
  find: (text) => encodedRuns(text).base64,
  decode(encoded) {
    if (/^[0-9a-fA-F]+$/.test(encoded) || /^[A-Za-z]+$/.test(encoded)) return undefined;
    const normalized = encoded.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
    if (normalized.length % 4 === 1) return undefined;
    // Most runs are random bytes: reject on the first 12 before decoding the whole run.
    if (!startsAsText(Buffer.from(normalized.slice(0, 16), 'base64'))) return undefined;
    return printableOrUndefined(Buffer.from(normalized, 'base64').toString('utf8'));
  },
};

const hex: Decoder = {
  name: 'hex',
  find: (text) => encodedRuns(text).hex,
  decode(encoded) {
    return printableOrUndefined(Buffer.from(encoded, 'hex').toString('utf8'));
  },
};

const percent: Decoder = {
  name: 'percent',
  find: tokensWith(/%[0-9A-Fa-f]{2}/g, /[\s"'<>`]/),
  decode(encoded) {
    try {
      return printableOrUndefined(decodeURIComponent(encoded.replace(/\+/g, ' ')));
    } catch {
      return undefined;
    }
  },
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", sol: '/', colon: ':', equals: '=', plus: '+', lowbar: '_', hyphen: '-', period: '.' };

const htmlEntities: Decoder = {
  name: 'html',
  find: tokensWith(/&(?:#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|[a-z]{2,8});/g, /[\s<>]/),
  decode(encoded) {
    return printableOrUndefined(
      encoded.replace(/&(#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|[a-z]{2,8});/g, (whole, body: string) => {
        if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
        if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
        return ENTITIES[body] ?? whole;
      }),
    );
  },
};

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', "'": "'", '/': '/', '\\': '\\' };

const stringEscapes: Decoder = {
  name: 'escape',
  find: tokensWith(/\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[/"\\])/g, /[\s'`]/),
  decode(encoded) {
    return printableOrUndefined(
      encoded.replace(/\\(u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[nrt"'/\\])/g, (_, body: string) =>
        body.length > 1 ? String.fromCharCode(Number.parseInt(body.slice(1), 16)) : (ESCAPES[body] ?? body),
      ),
    );
  },
};

export const decoders: readonly Decoder[] = [base64, hex, percent, htmlEntities, stringEscapes];

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

function table(alphabet: string): Uint8Array {
  const codes = new Uint8Array(128);
  for (const ch of alphabet) codes[ch.charCodeAt(0)] = 1;
  return codes;
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE64_CHARS = table(`${ALNUM}+/_-`);
const ALNUM_CHARS = table(ALNUM);
const HEX_CHARS = table('0123456789abcdefABCDEF');

/** Maximal runs of `chars` in one pass over the char codes, filtered by `keep`. */
function runsOf(chars: Uint8Array, keep: (text: string, start: number, end: number) => number): (text: string) => Array<[number, number]> {
  return (text) => {
    const spans: Array<[number, number]> = [];
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 0;
      if (code < 128 && chars[code] === 1) {
        if (start < 0) start = i;
        continue;
      }
      if (start >= 0) {
        const end = keep(text, start, i);
        if (end > 0) spans.push([start, end]);
        start = -1;
      }
    }
    return spans;
  };
}

/** A base64 run long enough to hide a key, with its padding. */
const base64Run = (text: string, start: number, end: number) => {
  let padded = end;
  while (padded < text.length && padded - end < 2 && text[padded] === '=') padded++;
  return end - start >= 24 && end - start <= 65536 ? padded : 0;
};

/** A whole alphanumeric run that is all hex, of whole bytes, long enough to hide a key. */
const hexRun = (text: string, start: number, end: number) => {
  const length = end - start;
  if (length < 32 || length > 65536 || length % 2 === 1) return 0;
  for (let i = start; i < end; i++) if (HEX_CHARS[text.charCodeAt(i)] !== 1) return 0;
  return end;
};

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
  find: runsOf(BASE64_CHARS, base64Run),
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
  find: runsOf(ALNUM_CHARS, hexRun),
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

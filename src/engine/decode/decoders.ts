import { findEncodedRuns, type EncodedRuns } from './encoded-runs.js';

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

let lastText: string | undefined;
let lastRuns: EncodedRuns = { base64: [], hex: [] };

/** The runs of a text, kept for the last text: the base64 and the hex decoder ask for the same one in turn. */
function encodedRuns(text: string): EncodedRuns {
  if (text !== lastText) {
    lastRuns = findEncodedRuns(text);
    lastText = text;
  }
  return lastRuns;
}

/**
 * Spans of the tokens (runs between delimiters) that hold an escape marker. Markers start with `lead`, which
 * indexOf finds far faster than a regex scan, so a text without it costs next to nothing; `marker` (sticky)
 * is tried where it is, the leftmost non-overlapping markers in turn, and the expansion is linear.
 */
function tokensWith(lead: string, marker: RegExp, delimiters: RegExp): (text: string) => Array<[number, number]> {
  return (text) => {
    const spans: Array<[number, number]> = [];
    let covered = -1;
    for (let at = text.indexOf(lead); at !== -1; ) {
      marker.lastIndex = at;
      if (!marker.test(text)) {
        at = text.indexOf(lead, at + 1);
        continue;
      }
      const markerEnd = marker.lastIndex;
      if (at >= covered) {
        let start = at;
        while (start > 0 && at - start < MAX_TOKEN && !delimiters.test(text[start - 1]!)) start--;
        let end = markerEnd;
        while (end < text.length && end - at < MAX_TOKEN && !delimiters.test(text[end]!)) end++;
        spans.push([start, end]);
        covered = end;
      }
      at = text.indexOf(lead, markerEnd);
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
  find: tokensWith('%', /%[0-9A-Fa-f]{2}/y, /[\s"'<>`]/),
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
  find: tokensWith('&', /&(?:#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|[a-z]{2,8});/y, /[\s<>]/),
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
  find: tokensWith('\\', /\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[/"\\])/y, /[\s'`]/),
  decode(encoded) {
    return printableOrUndefined(
      encoded.replace(/\\(u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[nrt"'/\\])/g, (_, body: string) =>
        body.length > 1 ? String.fromCharCode(Number.parseInt(body.slice(1), 16)) : (ESCAPES[body] ?? body),
      ),
    );
  },
};

export const decoders: readonly Decoder[] = [base64, hex, percent, htmlEntities, stringEscapes];

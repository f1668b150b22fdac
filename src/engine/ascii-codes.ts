/** Texts up to this size share one buffer; a larger one gets its own, so that a huge file's is not kept. */
const SHARED_MAX = 4 * 1024 * 1024;
let shared = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * A text's characters as bytes, for the passes that tell only ASCII characters apart (the keyword pass, the
 * search for encoded runs): an ASCII character as its code, any other as 0x80, which no table of theirs holds.
 * V8 reads a byte array about twice as fast as a string's characters, and most texts are ASCII, which is copied
 * natively. The bytes are a view of a buffer that the next call reuses: read them before asking again.
 */
export function asciiCodes(text: string): Uint8Array {
  const length = text.length;
  let buffer = shared;
  if (length > buffer.length) {
    buffer = Buffer.allocUnsafeSlow(Math.max(length, Math.min(SHARED_MAX, buffer.length * 2)));
    if (buffer.length <= SHARED_MAX) shared = buffer;
  }
  if (Buffer.byteLength(text, 'utf8') === length) {
    buffer.write(text, 0, length, 'latin1'); // all ASCII: a copy
  } else {
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      buffer[i] = code < 128 ? code : 0x80;
    }
  }
  return buffer.subarray(0, length);
}

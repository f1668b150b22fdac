const COMMA = 0x2c;
const HUNK_START = Buffer.from('@@ -');
const NEW_SIDE = Buffer.from(' +');
const HUNK_END = Buffer.from(' @@');

/** Whether bytes `start` to `end` of `bytes` begin with `prefix`. */
export function startsWith(bytes: Buffer, start: number, end: number, prefix: Buffer): boolean {
  if (end - start < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[start + i] !== prefix[i]) return false;
  return true;
}

/**
 * Reads `@@ -OLD[,COUNT] +NEW[,COUNT] @@…` from bytes, allocating nothing: a history has a hunk header every
 * few lines. A count left out is 1.
 */
export class HunkHeader {
  /** Lines the hunk takes from the old file. */
  oldCount = 0;
  /** The new file's line number of the hunk's first line. */
  newStart = 0;
  /** Lines the hunk gives the new file. */
  newCount = 0;
  private bytes: Buffer = Buffer.alloc(0);
  private at = 0;
  private end = 0;

  /** False, the fields left as they were, for any other line. */
  read(bytes: Buffer, start: number, end: number): boolean {
    if (!startsWith(bytes, start, end, HUNK_START)) return false;
    this.bytes = bytes;
    this.at = start + HUNK_START.length;
    this.end = end;
    if (this.number() < 0) return false;
    const oldCount = this.count();
    if (oldCount < 0 || !this.skip(NEW_SIDE)) return false;
    const newStart = this.number();
    const newCount = newStart < 0 ? -1 : this.count();
    if (newCount < 0 || !this.skip(HUNK_END)) return false;
    this.oldCount = oldCount;
    this.newStart = newStart;
    this.newCount = newCount;
    return true;
  }

  /** The digits at the cursor as a number, or -1 when there are none. */
  private number(): number {
    const { bytes, end } = this;
    const from = this.at;
    let value = 0;
    for (; this.at < end && bytes[this.at]! >= 0x30 && bytes[this.at]! <= 0x39; this.at++) value = value * 10 + bytes[this.at]! - 0x30;
    return this.at > from ? value : -1;
  }

  /** `,COUNT` at the cursor, 1 when there is no comma, -1 when the count is missing. */
  private count(): number {
    if (this.at >= this.end || this.bytes[this.at] !== COMMA) return 1;
    this.at++;
    return this.number();
  }

  private skip(expected: Buffer): boolean {
    if (!startsWith(this.bytes, this.at, this.end, expected)) return false;
    this.at += expected.length;
    return true;
  }
}

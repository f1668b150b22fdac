const NEWLINE = 0x0a;

/** One line, without its `\n`: bytes `start` to `end` of `bytes`, which are only valid during the call. */
export type LineHandler = (bytes: Buffer, start: number, end: number) => void;

/**
 * Splits a byte stream into lines on `\n` only (a lone `\r` is content: CRLF files keep their `\r`), handing
 * each over as a range of the chunk it is in, so that no line costs a string unless its reader wants one.
 * A line longer than `maxLineBytes` is cut to its first `maxLineBytes + 1` bytes: enough for a caller
 * to see it is over the limit, while one huge line cannot hold memory hostage.
 */
export class LineSplitter {
  /** The start of a line that the next chunk ends. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly maxLineBytes: number,
    private readonly onLine: LineHandler,
  ) {}

  write(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      if (this.pending.length) this.joined(chunk.subarray(start, end));
      else this.onLine(chunk, start, Math.min(end, start + this.maxLineBytes + 1));
      start = end + 1;
    }
    const room = this.maxLineBytes + 1 - this.pendingBytes;
    if (start < chunk.length && room > 0) {
      const rest = chunk.subarray(start, start + room);
      this.pending.push(rest);
      this.pendingBytes += rest.length;
    }
  }

  /** The last line, when the stream does not end with `\n`. */
  end(): void {
    if (this.pending.length) this.joined(Buffer.alloc(0));
  }

  private joined(tail: Buffer): void {
    const room = Math.max(0, this.maxLineBytes + 1 - this.pendingBytes);
    const line = Buffer.concat([...this.pending, tail.subarray(0, room)]);
    this.pending = [];
    this.pendingBytes = 0;
    this.onLine(line, 0, line.length);
  }
}

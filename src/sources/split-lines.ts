const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines on `\n` only (a lone `\r` is content: CRLF files keep their `\r`),
 * one batch per chunk so that a long stream does not cost one promise per line.
 * A line longer than `maxLineBytes` is cut to its first `maxLineBytes + 1` bytes: enough for a caller
 * to see it is over the limit, while one huge line cannot hold memory hostage.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<string[]> {
  const keep = maxLineBytes + 1;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const takeLine = (tail: Buffer): string => {
    const room = Math.max(0, keep - pendingBytes);
    const line = pending.length === 0 ? tail.subarray(0, room) : Buffer.concat([...pending, tail.subarray(0, room)]);
    pending = [];
    pendingBytes = 0;
    return line.toString('utf8');
  };
  for await (const chunk of chunks) {
    const batch: string[] = [];
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      batch.push(takeLine(chunk.subarray(start, end)));
      start = end + 1;
    }
    if (start < chunk.length && pendingBytes < keep) {
      const rest = chunk.subarray(start, start + keep - pendingBytes);
      pending.push(rest);
      pendingBytes += rest.length;
    }
    if (batch.length) yield batch;
  }
  if (pending.length) yield [takeLine(Buffer.alloc(0))];
}

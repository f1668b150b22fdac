/** Maps offsets in a text to 1-based line and column, and gives the text of a line. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  columnOf(offset: number, line: number): number {
    return offset - this.starts[line]! + 1;
  }

  /** Offset of a 0-based line and 1-based column. */
  offsetOf(line: number, column: number): number {
    return this.starts[line]! + column - 1;
  }

  lineText(line: number): string {
    const start = this.starts[line]!;
    const next = this.starts[line + 1];
    let end = next === undefined ? this.text.length : next - 1;
    // Not a regex: this runs for every finding, and a minified line can be megabytes long.
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
}

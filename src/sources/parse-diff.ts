import { headerPath, pathOfDiffLine, withoutPrefix } from './git-path.js';
import { HunkHeader, startsWith } from './hunk-header.js';

/** What one file's diff adds. */
export interface FileDiff {
  /** Path in the new version: posix, relative to the repository's top level. */
  path: string;
  /** The old path, when git paired this file with a deleted one (a rename). */
  renamedFrom?: string;
  binary: boolean;
  /** The added lines went over the byte limit and were dropped. */
  tooLarge: boolean;
  /** The added lines without their `+`, joined by `\n`; a CRLF file's lines keep their `\r`. */
  text: string;
  /** The 1-based line number, in the new version of the file, of each added line. */
  lineNumbers: number[];
  /** Bytes of the added lines, one newline each included. */
  bytes: number;
}

interface OpenFile extends Omit<FileDiff, 'text'> {
  headerLine: string;
  plusPath?: string;
  renamedTo?: string;
}

const PLUS = 0x2b;
const MINUS = 0x2d;
const SPACE = 0x20;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const DIFF_GIT = Buffer.from('diff --git ');
/** The first bytes of the header lines read after `diff --git` (`+++ `, `rename `, `Binary files `, `GIT binary patch`). */
const READ_HEADERS = new Set([PLUS, 'r'.charCodeAt(0), 'B'.charCodeAt(0), 'G'.charCodeAt(0)]);

/**
 * An incremental parser of `git diff`/`git log -p` output in unified format, fed one line at a time
 * (without its `\n`) as bytes. It trusts the line counts of each hunk header rather than the look of a line,
 * so a removed `--- a/x` or an added `diff --git` inside a file is content, never a header. Lines outside any
 * file (commit headers, blank lines, `* Unmerged path`) are passed over. Removed lines are never decoded, and
 * added lines are copied as bytes into one text per file, decoded once when the file ends.
 */
export class DiffParser {
  private file: OpenFile | undefined;
  private oldLeft = 0;
  private newLeft = 0;
  private nextLine = 0;
  private readonly hunk = new HunkHeader();
  /** The open file's added lines, each followed by `\n`; reused from file to file. */
  private text = Buffer.allocUnsafe(64 * 1024);
  private textBytes = 0;

  /** `maxBytes`: added content above this many bytes marks the file too large and is dropped. */
  constructor(private readonly maxBytes: number) {}

  /** Feeds one line, bytes `start` to `end` of `bytes`; returns the previous file's diff when this line starts the next one. */
  push(bytes: Buffer, start = 0, end = bytes.length): FileDiff | undefined {
    if ((this.oldLeft > 0 || this.newLeft > 0) && this.hunkLine(bytes, start, end)) return undefined;
    if (startsWith(bytes, start, end, DIFF_GIT)) {
      const done = this.end();
      this.file = { headerLine: bytes.toString('utf8', start + DIFF_GIT.length, end), path: '', binary: false, tooLarge: false, lineNumbers: [], bytes: 0 };
      return done;
    }
    if (this.file) this.headerLine(this.file, bytes, start, end);
    return undefined;
  }

  /** Ends the input, or the current file before a line that is not diff (the next commit); returns that file. */
  end(): FileDiff | undefined {
    const file = this.file;
    this.file = undefined;
    this.oldLeft = this.newLeft = 0;
    if (!file) return undefined;
    const { headerLine, plusPath, renamedTo, ...diff } = file;
    // The last line's `\n` is not part of the text.
    const text = this.textBytes ? this.text.toString('utf8', 0, this.textBytes - 1) : '';
    this.textBytes = 0;
    return { ...diff, text, path: plusPath ?? renamedTo ?? pathOfDiffLine(headerLine) ?? headerLine };
  }

  private headerLine(file: OpenFile, bytes: Buffer, start: number, end: number): void {
    const hunk = this.hunk;
    if (hunk.read(bytes, start, end)) {
      this.oldLeft = hunk.oldCount;
      this.nextLine = hunk.newStart;
      this.newLeft = hunk.newCount;
      return;
    }
    if (!READ_HEADERS.has(bytes[start]!)) return;
    const line = bytes.toString('utf8', start, end);
    if (line.startsWith('+++ ')) {
      file.plusPath = withoutPrefix(headerPath(line.slice(4)), 'b/');
    } else if (line.startsWith('rename from ')) {
      file.renamedFrom = headerPath(line.slice('rename from '.length));
    } else if (line.startsWith('rename to ')) {
      file.renamedTo = headerPath(line.slice('rename to '.length));
    } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      file.binary = true;
    }
  }

  /** One line inside a hunk; false when it cannot be one (a miscounted hunk), so it is read as a header. */
  private hunkLine(bytes: Buffer, start: number, end: number): boolean {
    const kind = start < end ? bytes[start] : undefined;
    if (kind === PLUS) this.added(bytes, start + 1, end);
    else if (kind === MINUS) this.oldLeft--;
    else if (kind === SPACE || kind === undefined) {
      // context (an empty line is blank context under diff.suppressBlankEmpty)
      this.oldLeft--;
      this.newLeft--;
      this.nextLine++;
    } else if (kind !== BACKSLASH) {
      this.oldLeft = this.newLeft = 0;
      return false;
    }
    return true;
  }

  private added(bytes: Buffer, start: number, end: number): void {
    const file = this.file!;
    this.newLeft--;
    const lineNumber = this.nextLine++;
    file.bytes += end - start + 1;
    if (file.tooLarge) return;
    if (file.bytes > this.maxBytes) {
      file.tooLarge = true;
      file.lineNumbers = [];
      this.textBytes = 0;
      return;
    }
    this.append(bytes, start, end);
    file.lineNumbers.push(lineNumber);
  }

  /** Adds a line and its `\n` to the text; the text stays within `maxBytes`, so it grows at most to that. */
  private append(bytes: Buffer, start: number, end: number): void {
    const needed = this.textBytes + end - start + 1;
    if (needed > this.text.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, Math.min(this.text.length * 2, this.maxBytes)));
      this.text.copy(grown, 0, 0, this.textBytes);
      this.text = grown;
    }
    const text = this.text;
    let at = this.textBytes;
    // Byte by byte: most lines are short, and Buffer#copy costs a view per call.
    for (let i = start; i < end; i++) text[at++] = bytes[i]!;
    text[at++] = NEWLINE;
    this.textBytes = at;
  }
}

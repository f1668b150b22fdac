import { headerPath, pathOfDiffLine, withoutPrefix } from './git-path.js';

/** What one file's diff adds. */
export interface FileDiff {
  /** Path in the new version: posix, relative to the repository's top level. */
  path: string;
  /** The old path, when git paired this file with a deleted one (a rename). */
  renamedFrom?: string;
  binary: boolean;
  /** The added lines went over the byte limit and were dropped. */
  tooLarge: boolean;
  /** Added lines, without their `+`; a CRLF file's lines keep their `\r`. */
  lines: string[];
  /** The 1-based line number, in the new version of the file, of each added line. */
  lineNumbers: number[];
  /** UTF-8 bytes of the added lines, one newline each included. */
  bytes: number;
}

interface OpenFile extends FileDiff {
  headerLine: string;
  plusPath?: string;
  renamedTo?: string;
}

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * An incremental parser of `git diff`/`git log -p` output in unified format, fed one line at a time
 * (without its `\n`). It trusts the line counts of each hunk header rather than the look of a line, so a
 * removed `--- a/x` or an added `diff --git` inside a file is content, never a header. Lines outside any
 * file (commit headers, blank lines, `* Unmerged path`) are passed over.
 */
export class DiffParser {
  private file: OpenFile | undefined;
  private oldLeft = 0;
  private newLeft = 0;
  private nextLine = 0;

  /** `maxBytes`: added content above this many bytes marks the file too large and is dropped. */
  constructor(private readonly maxBytes: number) {}

  /** Feeds one line; returns the previous file's diff when this line starts the next one. */
  push(line: string): FileDiff | undefined {
    if ((this.oldLeft > 0 || this.newLeft > 0) && this.hunkLine(line)) return undefined;
    if (line.startsWith('diff --git ')) {
      const done = this.end();
      this.file = { headerLine: line.slice('diff --git '.length), path: '', binary: false, tooLarge: false, lines: [], lineNumbers: [], bytes: 0 };
      return done;
    }
    if (this.file) this.headerLine(this.file, line);
    return undefined;
  }

  /** Ends the input, or the current file before a line that is not diff (the next commit); returns that file. */
  end(): FileDiff | undefined {
    const file = this.file;
    this.file = undefined;
    this.oldLeft = this.newLeft = 0;
    if (!file) return undefined;
    const { headerLine, plusPath, renamedTo, ...diff } = file;
    diff.path = plusPath ?? renamedTo ?? pathOfDiffLine(headerLine) ?? headerLine;
    return diff;
  }

  private headerLine(file: OpenFile, line: string): void {
    const hunk = HUNK_HEADER.exec(line);
    if (hunk) {
      this.oldLeft = Number(hunk[1] ?? 1);
      this.nextLine = Number(hunk[2]);
      this.newLeft = Number(hunk[3] ?? 1);
    } else if (line.startsWith('+++ ')) {
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
  private hunkLine(line: string): boolean {
    const kind = line[0];
    if (kind === '+') this.added(line.slice(1));
    else if (kind === '-') this.oldLeft--;
    else if (kind === ' ' || kind === undefined) {
      // context (an empty line is blank context under diff.suppressBlankEmpty)
      this.oldLeft--;
      this.newLeft--;
      this.nextLine++;
    } else if (kind !== '\\') {
      this.oldLeft = this.newLeft = 0;
      return false;
    }
    return true;
  }

  private added(content: string): void {
    const file = this.file!;
    this.newLeft--;
    const lineNumber = this.nextLine++;
    file.bytes += Buffer.byteLength(content, 'utf8') + 1;
    if (file.tooLarge) return;
    if (file.bytes > this.maxBytes) {
      file.tooLarge = true;
      file.lines = [];
      file.lineNumbers = [];
      return;
    }
    file.lines.push(content);
    file.lineNumbers.push(lineNumber);
  }
}

import type { ScanSource, SourceOptions } from '../run-scan.js';
import type { CommitInfo, Fragment, Skip } from '../types.js';
import { DiffParser, type FileDiff } from './parse-diff.js';
import { hasBinaryExtension } from './read-text.js';
import { LineSplitter } from './split-lines.js';

export interface DiffSourceOptions extends SourceOptions {
  /** History: the commit that a header line (bytes `start` to `end`) starts, or undefined for a line of diff. */
  readCommit?(bytes: Buffer, start: number, end: number): CommitInfo | undefined;
  /**
   * History follows renames with it. A rename is told in order with the findings: after those of the
   * fragments before it, before those of the fragments after it (the diff is read ahead of detection).
   */
  onRename?(from: string, to: string): void;
}

interface Rename {
  from: string;
  to: string;
  /** How many fragments came before it. */
  after: number;
}

/** The count of skips is exact; the list stays bounded over a long history full of binary files. */
const MAX_LISTED_SKIPS = 1000;

/**
 * Fragments of the added lines of a diff stream, one per file (per file and commit in history), with the
 * same accounting for staged changes and history: deletions, pure renames and mode changes add nothing;
 * binary and too large files are skipped and counted; excluded paths are passed over.
 * `output`: the diff as batches of chunks of bytes, as git prints it.
 */
export function diffSource(output: () => AsyncIterable<Buffer[]>, options: DiffSourceOptions): ScanSource {
  const stats = { files: 0, lines: 0, bytes: 0, skipped: 0 };
  const skips: Skip[] = [];
  let commit: CommitInfo | undefined;
  let renames: Rename[] = [];
  let nextRename = 0;
  let reported = 0;

  const skip = (file: FileDiff, reason: string) => {
    stats.skipped++;
    if (skips.length < MAX_LISTED_SKIPS) skips.push({ path: commit ? `${commit.sha.slice(0, 12)}:${file.path}` : file.path, reason });
  };

  function fragmentOf(file: FileDiff | undefined): Fragment | undefined {
    if (!file) return undefined;
    if (file.renamedFrom !== undefined && options.onRename) renames.push({ from: file.renamedFrom, to: file.path, after: stats.files });
    const addsNothing = file.lineNumbers.length === 0 && !file.binary && !file.tooLarge;
    if (addsNothing || options.isExcluded(file.path)) return undefined;
    const reason = skipReason(file, options.maxFileSize);
    if (reason) {
      skip(file, reason);
      return undefined;
    }
    stats.files++;
    stats.lines += file.lineNumbers.length;
    stats.bytes += file.bytes;
    return { path: file.path, text: file.text, startLine: file.lineNumbers[0]!, lineMap: file.lineNumbers, commit };
  }

  return {
    stats,
    skips,
    report(findings) {
      while (nextRename < renames.length && renames[nextRename]!.after <= reported) {
        const { from, to } = renames[nextRename++]!;
        options.onRename!(from, to);
      }
      if (nextRename > 0 && nextRename === renames.length) {
        renames = [];
        nextRename = 0;
      }
      reported++;
      return findings;
    },
    async *fragments() {
      const parser = new DiffParser(options.maxFileSize);
      const ready: Fragment[] = [];
      const take = (file: FileDiff | undefined) => {
        const fragment = fragmentOf(file);
        if (fragment) ready.push(fragment);
      };
      const lines = new LineSplitter(options.maxFileSize, (bytes, start, end) => {
        const next = options.readCommit?.(bytes, start, end);
        take(next ? parser.end() : parser.push(bytes, start, end));
        if (next) commit = next;
      });
      for await (const batch of output()) {
        for (const chunk of batch) lines.write(chunk);
        yield* ready.splice(0);
      }
      lines.end();
      take(parser.end());
      yield* ready;
    },
  };
}

/** Why a file's added lines are not scanned, as `scan` says it for files on disk. */
function skipReason(file: FileDiff, maxFileSize: number): string | undefined {
  if (file.binary || hasBinaryExtension(file.path)) return 'binary';
  if (file.tooLarge) return `larger than ${maxFileSize} bytes`;
  return undefined;
}

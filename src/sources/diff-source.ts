import type { ScanSource, SourceOptions } from '../run-scan.js';
import type { CommitInfo, Fragment, Skip } from '../types.js';
import { DiffParser, type FileDiff } from './parse-diff.js';
import { hasBinaryExtension } from './read-text.js';

export interface DiffSourceOptions extends SourceOptions {
  /** History: the commit that a header line starts, or undefined for a line of diff. */
  readCommit?(line: string): CommitInfo | undefined;
  /** Sees every file diff, also one that adds nothing (history follows renames with it). */
  onFile?(file: FileDiff): void;
}

/** The count of skips is exact; the list stays bounded over a long history full of binary files. */
const MAX_LISTED_SKIPS = 1000;

/**
 * Fragments of the added lines of a diff stream, one per file (per file and commit in history), with the
 * same accounting for staged changes and history: deletions, pure renames and mode changes add nothing;
 * binary and too large files are skipped and counted; excluded paths are passed over.
 */
export function diffSource(lines: () => AsyncIterable<string[]>, options: DiffSourceOptions): ScanSource {
  const stats = { files: 0, lines: 0, bytes: 0, skipped: 0 };
  const skips: Skip[] = [];
  let commit: CommitInfo | undefined;

  const skip = (file: FileDiff, reason: string) => {
    stats.skipped++;
    if (skips.length < MAX_LISTED_SKIPS) skips.push({ path: commit ? `${commit.sha.slice(0, 12)}:${file.path}` : file.path, reason });
  };

  function* fragmentOf(file: FileDiff | undefined): Generator<Fragment> {
    if (!file) return;
    options.onFile?.(file);
    const addsNothing = file.lines.length === 0 && !file.binary && !file.tooLarge;
    if (addsNothing || options.isExcluded(file.path)) return;
    const reason = skipReason(file, options.maxFileSize);
    if (reason) {
      skip(file, reason);
      return;
    }
    stats.files++;
    stats.lines += file.lines.length;
    stats.bytes += file.bytes;
    yield { path: file.path, text: file.lines.join('\n'), startLine: file.lineNumbers[0]!, lineMap: file.lineNumbers, commit };
  }

  return {
    stats,
    skips,
    async *fragments() {
      const parser = new DiffParser(options.maxFileSize);
      for await (const batch of lines()) {
        for (const line of batch) {
          const next = options.readCommit?.(line);
          yield* fragmentOf(next ? parser.end() : parser.push(line));
          if (next) commit = next;
        }
      }
      yield* fragmentOf(parser.end());
    },
  };
}

/** Why a file's added lines are not scanned, as `scan` says it for files on disk. */
function skipReason(file: FileDiff, maxFileSize: number): string | undefined {
  if (file.binary || hasBinaryExtension(file.path)) return 'binary';
  if (file.tooLarge) return `larger than ${maxFileSize} bytes`;
  return undefined;
}

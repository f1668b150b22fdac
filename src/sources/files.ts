import { lstatSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ScanError } from '../errors.js';
import type { Fragment, Skip } from '../types.js';
import { git, workTreeTop } from './git.js';
import { hasBinaryExtension, readTextFile } from './read-text.js';

export interface FileSourceOptions {
  /** Files and folders to scan, absolute. */
  targets: string[];
  /** Paths in findings are relative to this folder. */
  root: string;
  /** Scan everything under the targets, not only what git would see. */
  allFiles: boolean;
  maxFileSize: number;
  isExcluded(path: string): boolean;
  /** Told how many paths the scan goes through once they are listed: the progress line's total. */
  onListed?(count: number): void;
}

export interface FileSource {
  fragments(): AsyncIterable<Fragment>;
  readonly stats: { files: number; bytes: number; skipped: number };
  readonly skips: Skip[];
}

/** Files on disk: inside a git work tree what git would see (tracked and untracked, not ignored), else every file. */
export function fileSource(options: FileSourceOptions): FileSource {
  const stats = { files: 0, bytes: 0, skipped: 0 };
  const skips: Skip[] = [];
  const skip = (path: string, reason: string) => {
    stats.skipped++;
    skips.push({ path, reason });
  };
  return {
    stats,
    skips,
    async *fragments() {
      const paths = await listPaths(options);
      options.onListed?.(paths.length);
      for (const { absolute, path } of paths) {
        const kind = regularFileOrReason(absolute);
        if (kind !== 'file') {
          if (kind) skip(path, kind);
          continue;
        }
        if (hasBinaryExtension(path)) {
          skip(path, 'binary');
          continue;
        }
        const read = readTextFile(absolute, options.maxFileSize);
        if ('skip' in read) {
          skip(path, read.skip);
          continue;
        }
        stats.files++;
        stats.bytes += read.bytes;
        yield { path, text: read.text, startLine: 1 };
      }
    },
  };
}

/** Every target's files, once each, without the excluded ones; listed before any is read, so the total is known. */
async function listPaths(options: FileSourceOptions): Promise<Array<{ absolute: string; path: string }>> {
  const seen = new Set<string>();
  const paths: Array<{ absolute: string; path: string }> = [];
  for (const target of options.targets) {
    for (const absolute of await listTarget(target, options.allFiles)) {
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const path = toPosix(relative(options.root, absolute));
      if (!options.isExcluded(path)) paths.push({ absolute, path });
    }
  }
  return paths;
}

async function listTarget(target: string, allFiles: boolean): Promise<string[]> {
  let stat: Stats;
  try {
    stat = lstatSync(target);
  } catch {
    throw new ScanError(`cannot read ${target}: no such file or folder`, 'check the path you gave to scan');
  }
  if (!stat.isDirectory()) return [target];
  const top = allFiles ? undefined : await workTreeTop(target);
  if (top === undefined) {
    // Loaded here, not at startup: a pre-commit hook (leakguard staged) never lists folders.
    const { default: fg } = await import('fast-glob');
    // Not onlyFiles: that would drop links, FIFOs and sockets unseen, where they are to be counted as skipped.
    const entries = await fg('**/*', {
      cwd: target,
      dot: true,
      onlyFiles: false,
      markDirectories: true,
      followSymbolicLinks: false,
      ignore: ['**/.git/**'],
      suppressErrors: true,
    });
    // Joined here: with `absolute`, fast-glob turns a backslash in a name into a separator, and the file is lost.
    return entries.filter((entry) => !entry.endsWith('/')).map((entry) => join(target, entry)).sort();
  }
  const listing = await git(target, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.']);
  const names = listing.split('\0').filter((name) => name !== '');
  return [...new Set(names)].map((name) => resolve(target, name)).sort();
}

/** 'file' for a regular file; otherwise why it is skipped, or '' for what is silently passed over. */
function regularFileOrReason(absolute: string): string {
  let stat: Stats;
  try {
    stat = lstatSync(absolute);
  } catch {
    return ''; // deleted from the work tree, or while scanning: nothing left to leak
  }
  if (stat.isFile()) return 'file';
  if (stat.isSymbolicLink()) return 'symbolic link (not followed)';
  if (stat.isDirectory()) return ''; // a submodule: git lists it as one entry
  return 'not a regular file';
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

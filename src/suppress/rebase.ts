import { realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toPosix } from '../sources/files.js';

/** Turns a path relative to `from` into one relative to `to` (both folders; symbolic links resolved). */
export function rebase(from: string, to: string): (path: string) => string {
  const source = realFolder(from);
  const target = realFolder(to);
  if (source === target) return (path) => path;
  return (path) => toPosix(relative(target, join(source, path)));
}

function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

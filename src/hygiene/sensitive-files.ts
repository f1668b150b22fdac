import { isAbsolute, relative } from 'node:path';
import { shellQuote, shellWord } from '../shell-quote.js';
import { git } from '../sources/git.js';
import { fileRuleOf, type FileRule } from './file-rules.js';

/** A file as the index holds it: committed, or staged to be. */
export interface IndexEntry {
  path: string;
  blob: string;
}

export interface SensitiveFile {
  path: string;
  rule: FileRule;
}

// A symbolic link or a submodule is not the file's content.
const NOT_A_FILE = new Set(['120000', '160000']);
const PRIVATE_KEY_BLOCK = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;

/**
 * What the next commit adds or changes, with paths from the top level, run from any folder of the work tree.
 * Deletions are left out: they are the fix.
 */
export async function stagedEntries(dir: string): Promise<IndexEntry[]> {
  const args = ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-relative', '--ignore-submodules=all', '--diff-filter=ACMRT'];
  // -z output: ":<old mode> <new mode> <old blob> <new blob> <status>", NUL, path, NUL.
  const fields = (await git(dir, args)).split('\0');
  const entries: IndexEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [, mode = '', , blob = ''] = fields[i]!.slice(1).split(' ');
    if (!NOT_A_FILE.has(mode)) entries.push({ path: fields[i + 1]!, blob });
  }
  return entries;
}

/** Every file in the index under `dir` (or under `paths`, absolute), with paths relative to `dir`. */
export async function indexEntries(dir: string, paths: string[] = []): Promise<IndexEntry[]> {
  const listing = await git(dir, ['--literal-pathspecs', 'ls-files', '--stage', '-z', '--', ...paths]);
  const entries = new Map<string, IndexEntry>();
  for (const record of listing.split('\0')) {
    // "<mode> <blob> <stage>\t<path>"; during a merge a path is listed once per stage.
    const tab = record.indexOf('\t');
    const [mode = '', blob = ''] = record.slice(0, tab).split(' ');
    const path = record.slice(tab + 1);
    if (tab > 0 && !NOT_A_FILE.has(mode) && !entries.has(path)) entries.set(path, { path, blob });
  }
  return [...entries.values()];
}

export async function readBlob(dir: string, blob: string): Promise<string> {
  return git(dir, ['cat-file', 'blob', blob]);
}

/** The entries that should not be in a repository at all. */
export async function sensitiveFiles(dir: string, entries: readonly IndexEntry[]): Promise<SensitiveFile[]> {
  const found: SensitiveFile[] = [];
  for (const entry of entries) {
    const rule = fileRuleOf(entry.path);
    if (!rule) continue;
    // A .pem of certificates only (a CA bundle such as cacert.pem) is public; only a private key is not.
    if (/\.pem$/i.test(entry.path) && !PRIVATE_KEY_BLOCK.test(await readBlob(dir, entry.blob))) continue;
    found.push({ path: entry.path, rule });
  }
  return found;
}

/** The one line that takes the file out of git, keeps it on disk, and keeps it out from now on. */
export function removalFix(file: SensitiveFile): string {
  const dashed = file.path.startsWith('-') ? '-- ' : '';
  return `git rm --cached ${dashed}${shellWord(file.path)} && echo ${shellQuote(file.rule.ignoreLine(file.path))} >> .gitignore`;
}

/**
 * `scan`'s warnings: the sensitive files git tracks among the scanned paths (those inside the work tree at
 * `top`), with paths relative to the scan's root as its findings have them.
 */
export async function trackedFileWarnings(top: string, root: string, targets: string[], isExcluded: (path: string) => boolean): Promise<string[]> {
  const inside = (path: string) => !relative(top, path).startsWith('..') && !isAbsolute(relative(top, path));
  const paths = targets.filter(inside);
  if (paths.length === 0 || !inside(root)) return [];
  const entries = (await indexEntries(root, paths)).filter((entry) => !isExcluded(entry.path));
  return (await sensitiveFiles(root, entries)).map((file) => `${file.path}: ${file.rule.description} in git (fix: ${removalFix(file)})`);
}

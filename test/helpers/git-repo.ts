import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './cli.js';
import { gitIn, gitWith, initRepo } from './git.js';

/** A fresh repository (branch main) in a temp folder. */
export function newRepo(): string {
  const dir = tempDir();
  initRepo(dir);
  return dir;
}

/** Writes files (paths relative to `dir`, folders created). */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

export const DEFAULT_DATE = '2024-01-02T03:04:05+00:00';

/** Stages everything and commits it with `date` as author and committer date; returns the commit's sha. */
export function commitAll(dir: string, message: string, date = DEFAULT_DATE): string {
  gitIn(dir, 'add', '-A');
  gitWith(dir, { env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } }, 'commit', '-q', '--allow-empty', '-m', message);
  return gitIn(dir, 'rev-parse', 'HEAD').trim();
}

export interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  match: string;
  fingerprint: string;
  commit?: string;
  author?: string;
  email?: string;
  date?: string;
  message?: string;
}

export interface JsonReport {
  version: number;
  findings: JsonFinding[];
  stats: Record<string, number | boolean>;
}

export const parseReport = (text: string) => JSON.parse(text) as JsonReport;

/** `file:line:column rule` of each finding, sorted, for exact comparisons. */
export const locations = (report: JsonReport) => report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`).sort();

/** Repository settings that change what git diff and git log print, none of which may change a report. */
export function setHostileGitConfig(dir: string): void {
  const settings: Record<string, string> = {
    'diff.noprefix': 'true',
    'diff.mnemonicPrefix': 'true',
    'diff.relative': 'true',
    'diff.external': 'false',
    'diff.context': '5',
    'diff.interHunkContext': '20',
    'diff.suppressBlankEmpty': 'true',
    'diff.renames': 'false',
    'diff.ignoreSubmodules': 'none',
    'color.ui': 'always',
    'color.diff': 'always',
    'core.quotePath': 'true',
    'log.showRoot': 'false',
    'log.decorate': 'full',
    'format.pretty': 'oneline',
    'i18n.logOutputEncoding': 'ISO-8859-1',
  };
  for (const [key, value] of Object.entries(settings)) gitIn(dir, 'config', key, value);
}

/**
 * A repository whose branches `main` and `side` both changed a.env since `base`, checked out on `main`;
 * the caller then merges or rebases into the conflict it meets.
 */
export function divergedRepo(side = 'side'): string {
  const dir = newRepo();
  writeFiles(dir, { 'a.env': 'A=base\n' });
  commitAll(dir, 'base');
  gitIn(dir, 'checkout', '-qb', side);
  writeFiles(dir, { 'a.env': `A=${side}\n` });
  commitAll(dir, side);
  gitIn(dir, 'checkout', '-q', 'main');
  writeFiles(dir, { 'a.env': 'A=main\n' });
  commitAll(dir, 'main');
  return dir;
}

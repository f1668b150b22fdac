import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './cli.js';
import { gitIn, initRepo } from './git.js';

export interface JsonReport {
  version: number;
  findings: Array<Record<string, unknown>>;
  stats: Record<string, number>;
  ignored?: number;
  baseline?: { file: string; stale: Array<{ ruleId: string; file: string }> };
}

export const parseReport = (text: string) => JSON.parse(text) as JsonReport;

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A git repository in a temp folder with `files` committed. */
export function gitRepo(files: Record<string, string>): string {
  const dir = tempDir();
  initRepo(dir);
  writeFiles(dir, files);
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-qm', 'initial');
  return dir;
}

export const readText = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const cliPath = join(repoRoot, 'dist/bin/leakguard.cjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, in `cwd`, with colour off unless the test sets it. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'leakguard-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh copy of fixtures/NAME in a temp folder, outside this repository's git work tree. */
export function copyFixture(name: string): string {
  const dir = tempDir();
  cpSync(join(repoRoot, 'fixtures', name), dir, { recursive: true });
  return dir;
}

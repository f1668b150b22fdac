import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';
import { commitAll, newRepo } from './helpers/git-repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const planted = [keys.GITHUB!, keys.AWS!, keys.OPENROUTER!, keys.ANTHROPIC!];

/** 60 files of about 100 KB (past the size where detection moves to worker threads), a key in every fifth. */
function writeLargeTree(dir: string): string[] {
  const filler = Array.from({ length: 1600 }, (_, i) => `const value${i} = compute(${i}, 'plain text of line ${i}');`);
  const expected: string[] = [];
  for (let f = 0; f < 60; f++) {
    const lines = [...filler];
    if (f % 5 === 0) {
      const line = 100 + f * 7;
      lines[line - 1] = `const token = '${planted[f % planted.length]}';`;
      expected.push(`src/file-${String(f).padStart(2, '0')}.ts:${line}`);
    }
    writeFileSync(join(dir, `file-${String(f).padStart(2, '0')}.ts`), `${lines.join('\n')}\n`);
  }
  return expected;
}

const located = (stdout: string) =>
  (JSON.parse(stdout) as { findings: Array<{ file: string; line: number }> }).findings.map((f) => `${f.file}:${f.line}`);

describe('a scan large enough for worker threads', () => {
  it('finds every planted key at its line, in file order, the same on every run', () => {
    const root = tempDir();
    const dir = join(root, 'src');
    mkdirSync(dir);
    const expected = writeLargeTree(dir);
    const first = runCli(['scan', '.', '--format', 'json'], root);
    expect(first.code).toBe(1);
    expect(located(first.stdout)).toEqual(expected);
    expect(located(runCli(['scan', '.', '--format', 'json'], root).stdout)).toEqual(expected);
  });

  it('reports each key of a large history once, at the commit that added it', () => {
    const repo = newRepo();
    const dir = join(repo, 'src');
    mkdirSync(dir);
    const expected = writeLargeTree(dir);
    const sha = commitAll(repo, 'a large import');
    writeFileSync(join(dir, 'file-01.ts'), 'changed\n');
    commitAll(repo, 'a later change');
    const report = JSON.parse(runCli(['history', '--format', 'json'], repo).stdout) as { findings: Array<{ file: string; line: number; commit: string }> };
    expect(report.findings.map((f) => `${f.file}:${f.line}`)).toEqual(expected);
    expect(new Set(report.findings.map((f) => f.commit))).toEqual(new Set([sha]));
  });
});

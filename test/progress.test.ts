import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressText } from '../src/progress.js';
import { runCli, tempDir } from './helpers/cli.js';
import { commitAll, newRepo, writeFiles } from './helpers/git-repo.js';
import { runInPty } from './helpers/pty.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
/** The progress line is drawn with a carriage return and ends with erase-to-end-of-line. */
const PROGRESS = /\r(\d[\d,]*)\/250 files · .* · (\d+) secrets? · \d+:\d\d elapsed.*?\x1b\[K/;
const ANY_PROGRESS = /\x1b\[K/;

/** A folder of 250 small files, one of them with a secret: a scan large enough for a progress line. */
function largeFolder(): string {
  const dir = tempDir();
  for (let i = 0; i < 250; i++) writeFileSync(join(dir, `file-${i}.txt`), `line ${i}\n`);
  writeFileSync(join(dir, 'file-0.txt'), `TOKEN=${keys.GITHUB}\n`);
  return dir;
}

describe('progress on a terminal', () => {
  it('scan shows files done of the total on stderr, then clears the line before the report', () => {
    const { code, output } = runInPty(['scan', '.'], largeFolder());
    expect(code).toBe(1);
    const [, done] = PROGRESS.exec(output) ?? [];
    expect(Number(done)).toBeGreaterThanOrEqual(1);
    expect(Number(done)).toBeLessThanOrEqual(250);
    // The last drawing is erased, and the report starts on a clean line.
    expect(output).toMatch(/\r\x1b\[K(?:\x1b\[[0-9;]*m)*file-0\.txt/);
    expect(output).not.toContain(keys.GITHUB!.slice(6));
  });

  it('history shows commits as they are scanned', () => {
    const dir = newRepo();
    for (let i = 0; i < 3; i++) {
      writeFiles(dir, { [`f${i}.txt`]: `${i}\n` });
      commitAll(dir, `commit ${i}`);
    }
    const { code, output } = runInPty(['history'], dir);
    expect(code).toBe(0);
    expect(output).toMatch(/\r\d+(?:\/3)? commits? · .* elapsed.*?\x1b\[K/);
    expect(output).toMatch(/\r\x1b\[KScanned 3 commits/);
  });

  it('is not shown for a small scan, a machine format, --quiet, or in CI', () => {
    const small = tempDir();
    writeFileSync(join(small, 'a.txt'), 'a\n');
    expect(runInPty(['scan', '.'], small).output).not.toMatch(ANY_PROGRESS);
    const dir = largeFolder();
    expect(runInPty(['scan', '.'], dir).output).toMatch(ANY_PROGRESS); // the same scan shows it otherwise
    for (const args of [['--format', 'json'], ['--format', 'sarif'], ['--quiet']]) {
      expect(runInPty(['scan', '.', ...args], dir).output).not.toMatch(ANY_PROGRESS);
    }
    expect(runInPty(['scan', '.'], dir, { CI: 'true' }).output).not.toMatch(ANY_PROGRESS);
  });

  it('is not shown when stderr is a pipe', () => {
    const result = runCli(['scan', '.'], largeFolder());
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
  });
});

describe('the progress line', () => {
  const base = { unit: 'files' as const, bytes: 2048, findings: 1 };

  it('says done of total, bytes, secrets and elapsed, and an estimate once the rate has settled', () => {
    expect(progressText({ ...base, done: 50, total: 200, elapsedMs: 400 })).toBe('50/200 files · 2.0 KiB · 1 secret · 0:00 elapsed');
    expect(progressText({ ...base, done: 50, total: 200, elapsedMs: 10_000 })).toBe('50/200 files · 2.0 KiB · 1 secret · 0:10 elapsed · ~0:30 left');
    expect(progressText({ ...base, done: 1_234, total: 5_000, findings: 0, elapsedMs: 3_725_000 })).toMatch(/^1,234\/5,000 files · .* · 0 secrets · 1:02:05 elapsed · ~\d:\d\d:\d\d left$/);
  });

  it('says done and the rate when the total is not known', () => {
    expect(progressText({ unit: 'commits', done: 1, bytes: 10, findings: 0, elapsedMs: 100 })).toBe('1 commit · 10 B · 0 secrets · 0:00 elapsed');
    expect(progressText({ unit: 'commits', done: 300, bytes: 10, findings: 2, elapsedMs: 2_000 })).toBe('300 commits · 10 B · 2 secrets · 0:02 elapsed · 150 commits/s');
  });

  it('groups the digits of large counts by thousands', () => {
    expect(progressText({ unit: 'commits', done: 1_234_567, bytes: 10, findings: 1_000, elapsedMs: 400 })).toBe('1,234,567 commits · 10 B · 1,000 secrets · 0:00 elapsed');
    expect(progressText({ unit: 'commits', done: 999, bytes: 10, findings: 100_000, elapsedMs: 1_000 })).toBe('999 commits · 10 B · 100,000 secrets · 0:01 elapsed · 999 commits/s');
  });
});

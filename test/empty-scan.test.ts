import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';
import { gitIn } from './helpers/git.js';
import { commitAll, newRepo, writeFiles } from './helpers/git-repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const FAIL_HINT = ' (check the paths, exclude globs and revisions; without --fail-on-empty an empty scan passes)\n';

describe('a scan that scanned nothing says so, and --fail-on-empty makes it an error', () => {
  it('scan: every file excluded, or every file skipped', () => {
    const excluded = tempDir();
    writeFiles(excluded, { '.leakguard.yaml': 'exclude: ["**"]\n', 'a.env': `KEY=${keys.AWS}\n` });
    const binary = tempDir();
    writeFiles(binary, { 'a.png': 'not really\n', 'b.bin': Buffer.from([0, 1, 2]) });
    for (const [dir, reason] of [
      [excluded, 'no file to read (none there, or every one excluded)'],
      [binary, 'every file was skipped (2: binary, too large, unreadable or not a file)'],
    ] as const) {
      const quiet = runCli(['scan', '--format', 'json'], dir);
      expect(quiet.code).toBe(0);
      expect(JSON.parse(quiet.stdout)).toMatchObject({ findings: [], stats: { files: 0 } });
      expect(quiet.stderr).toBe(`leakguard: nothing was scanned: ${reason}\n`);
      const failing = runCli(['scan', '--format', 'json', '--fail-on-empty'], dir);
      expect(failing.code).toBe(2);
      expect(failing.stdout).toBe('');
      expect(failing.stderr).toBe(`error: nothing was scanned: ${reason}${FAIL_HINT}`);
    }
  });

  it('history: a range or date that selects no commit', () => {
    const dir = newRepo();
    writeFiles(dir, { 'a.env': `KEY=${keys.AWS}\n` });
    commitAll(dir, 'a');
    for (const args of [['--range', 'main..main'], ['--since', '2999-01-01']]) {
      const quiet = runCli(['history', ...args], dir);
      expect(quiet.code).toBe(0);
      expect(quiet.stderr).toBe('leakguard: nothing was scanned: no commit was selected\n');
      expect(runCli(['history', ...args, '--fail-on-empty'], dir).stderr).toBe(`error: nothing was scanned: no commit was selected${FAIL_HINT}`);
    }
  });

  it('staged: nothing staged is no surprise to a hook, unless asked', () => {
    const dir = newRepo();
    writeFiles(dir, { 'a.txt': 'a\n' });
    commitAll(dir, 'a');
    const quiet = runCli(['staged'], dir);
    expect(quiet).toMatchObject({ code: 0, stderr: '', stdout: 'Nothing to scan: no lines added.\n' });
    expect(runCli(['staged', '--fail-on-empty'], dir)).toMatchObject({ code: 2, stdout: '', stderr: `error: nothing was scanned: nothing staged adds a line${FAIL_HINT}` });
  });

  it('a scan that read something passes --fail-on-empty, whatever it found', () => {
    const dir = newRepo();
    writeFiles(dir, { 'a.env': `KEY=${keys.AWS}\n`, 'b.txt': 'b\n' });
    expect(runCli(['scan', '--fail-on-empty'], dir).code).toBe(1);
    gitIn(dir, 'add', 'b.txt');
    expect(runCli(['staged', '--fail-on-empty'], dir)).toMatchObject({ code: 0, stderr: '' });
    commitAll(dir, 'all');
    gitIn(dir, 'rm', '-q', 'b.txt');
    commitAll(dir, 'a commit that adds no line is still a commit scanned');
    expect(runCli(['history', '--range', 'main~1..main', '--fail-on-empty'], dir)).toMatchObject({ code: 0, stderr: '' });
  });
});

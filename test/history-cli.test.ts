import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';
import { gitIn, gitWith } from './helpers/git.js';
import { commitAll, divergedRepo, DEFAULT_DATE, newRepo, parseReport, setHostileGitConfig, writeFiles, type JsonReport } from './helpers/git-repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const history = (dir: string, ...args: string[]) => runCli(['history', ...args], dir);
const historyJson = (dir: string, ...args: string[]) => parseReport(history(dir, '--format', 'json', ...args).stdout);
/** `file:line:column rule @commit` of each finding, in report order. */
const found = (report: JsonReport) => report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} @${f.commit}`);

describe('leakguard history', () => {
  it('reports a secret in the commit that introduced it, with the commit, after it was deleted', () => {
    const dir = newRepo();
    writeFiles(dir, { 'README.md': '# app\n' });
    commitAll(dir, 'start');
    writeFiles(dir, { 'config/app.env': `# settings\nGITHUB_TOKEN=${keys.GITHUB}\n` });
    const added = commitAll(dir, 'Add the app settings', '2024-03-04T05:06:07+00:00');
    gitIn(dir, 'rm', '-q', 'config/app.env');
    commitAll(dir, 'Remove the settings');

    const report = historyJson(dir);
    expect(found(report)).toEqual([`config/app.env:2:14 github-pat @${added}`]);
    expect(report.findings[0]).toMatchObject({
      commit: added,
      author: 'Test Author',
      email: 'author@example.test',
      date: '2024-03-04T05:06:07+00:00',
      message: 'Add the app settings',
      match: 'ghp_…',
    });
    expect(report.stats).toMatchObject({ commits: 3, files: 2, lines: 3, truncated: false });

    const text = history(dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('config/app.env\n  2:14  github-pat');
    expect(text.stdout).toContain(`commit ${added.slice(0, 12)} by Test Author <author@example.test> on 2024-03-04T05:06:07+00:00: Add the app settings`);
    expect(text.stdout).not.toContain(keys.GITHUB!.slice(6));
    expect(text.stdout).toMatch(/\n\nScanned 3 commits, 2 files \(3 lines added, \d+ B\) in \d+ ms: 1 secret found\.\n\nWhat to do next:\n/);
    // In history, taking it out of the files is not enough: rotating comes first.
    expect(text.stdout).toMatch(/\n  1\. Rotate each secret at its issuer first/);
  });

  it('reports a secret once, at its introduction, however later commits move, rename and edit its file and line', () => {
    const dir = newRepo();
    const settings = Array.from({ length: 12 }, (_, i) => `SETTING_${i}=value ${i}\n`).join('');
    const body = (comment: string, before = '', after = '') => `${before}# one\n# two\n# three\nTOKEN=${keys.GITHUB} # ${comment}\n${settings}${after}`;
    writeFiles(dir, { 'a.env': body('first') });
    const introduced = commitAll(dir, 'introduce');
    writeFiles(dir, { 'a.env': body('first', '# on top\n', '# at the end\n') });
    commitAll(dir, 'edit around it');
    gitIn(dir, 'mv', 'a.env', 'b with space.env');
    commitAll(dir, 'pure rename');
    writeFiles(dir, { 'b with space.env': body('same secret, new comment', '# on top\n', '# at the end\n') });
    commitAll(dir, 'edit the line, not the secret');
    writeFiles(dir, { 'config/.keep': '' });
    gitIn(dir, 'mv', 'b with space.env', 'config/c.env');
    writeFiles(dir, { 'config/c.env': body('renamed and edited', '# on top\n', '# at the end\n') });
    commitAll(dir, 'rename and edit the line');
    expect(gitIn(dir, 'show', '--format=', '-M', '--stat', 'HEAD')).toContain('=> config/c.env'); // git saw a rename

    expect(found(historyJson(dir))).toEqual([`a.env:4:7 github-pat @${introduced}`]);
  });

  it('reports a secret again in a new file at the path a rename left, every copy in the commit that adds them', () => {
    const dir = newRepo();
    writeFiles(dir, { 'a.env': `KEY=${keys.AWS}\n` });
    const first = commitAll(dir, 'introduce');
    gitIn(dir, 'mv', 'a.env', 'b.env');
    commitAll(dir, 'rename');
    writeFiles(dir, { 'a.env': `KEY=${keys.AWS}\nAGAIN=${keys.AWS}\n` });
    const copied = commitAll(dir, 'a new file with the same key twice');
    writeFiles(dir, { 'b.env': `# moved on\nKEY=${keys.AWS}\n`, 'a.env': `# and here\nKEY=${keys.AWS}\nAGAIN=${keys.AWS}\n` });
    commitAll(dir, 'both files edited around the key');

    expect(found(historyJson(dir))).toEqual([`a.env:1:5 aws-access-key-id @${first}`, `a.env:1:5 aws-access-key-id @${copied}`, `a.env:2:7 aws-access-key-id @${copied}`]);
  });

  it('reports a secret of a side branch on that branch, not again at the merge', () => {
    const dir = newRepo();
    writeFiles(dir, { 'a.txt': 'a\n' });
    commitAll(dir, 'start');
    gitIn(dir, 'checkout', '-qb', 'side');
    writeFiles(dir, { 'side.env': `KEY=${keys.AWS}\n` });
    const sideCommit = commitAll(dir, 'side adds a key');
    gitIn(dir, 'checkout', '-q', 'main');
    writeFiles(dir, { 'b.txt': 'b\n' });
    commitAll(dir, 'main moves on');
    gitIn(dir, 'merge', '-q', '--no-ff', '-m', 'merge side', 'side');
    gitIn(dir, 'branch', '-D', 'side'); // reachable only through the merge now

    expect(found(historyJson(dir))).toEqual([`side.env:1:5 aws-access-key-id @${sideCommit}`]);
    expect(found(historyJson(dir, '--branch', 'main'))).toEqual([`side.env:1:5 aws-access-key-id @${sideCommit}`]);
  });

  it('reports a secret introduced while resolving a merge at the merge commit', () => {
    const dir = divergedRepo();
    expect(() => gitIn(dir, 'merge', '-q', 'side')).toThrow();
    writeFiles(dir, { 'a.env': `A=main\nA2=side\nTOKEN=${keys.GITHUB}\n` });
    const merge = commitAll(dir, 'merge side, resolved');
    expect(gitIn(dir, 'rev-list', '--parents', '-1', 'HEAD').trim().split(' ')).toHaveLength(3);

    expect(found(historyJson(dir))).toEqual([`a.env:3:7 github-pat @${merge}`]);
  });

  it('finds a secret in the first commit', () => {
    const dir = newRepo();
    writeFiles(dir, { '.env': `ANTHROPIC_API_KEY=${keys.ANTHROPIC}\n` });
    const root = commitAll(dir, 'first');
    // log.showRoot=false must not hide the first commit's diff
    gitIn(dir, 'config', 'log.showRoot', 'false');
    expect(found(historyJson(dir))).toEqual([`.env:1:19 anthropic-api-key @${root}`]);
  });

  it('reads names with spaces, quotes, unicode and newlines; CRLF files; a last line without newline; binary and mode changes', () => {
    const dir = newRepo();
    writeFiles(dir, {
      'dir with space/ünïcödé "q".env': `# x\nTOKEN=${keys.GITHUB}\n`,
      'new\nline.env': `KEY=${keys.AWS}\n`,
      'windows.env': `REM a\r\nset TOKEN=${keys.GITHUB_2}\r\n`,
      'no-newline.env': `# x\nOPENROUTER_API_KEY=${keys.OPENROUTER}`,
      'run.sh': 'echo hi\n',
      'blob.bin.txt': Buffer.concat([Buffer.from([0, 1, 0]), Buffer.from(`KEY=${keys.AWS}`)]),
    });
    const first = commitAll(dir, 'odd names');
    chmodSync(join(dir, 'run.sh'), 0o755);
    const modeOnly = commitAll(dir, 'mode only');
    expect(gitIn(dir, 'show', '--format=', '--summary', modeOnly)).toContain('mode change');

    const report = historyJson(dir);
    expect(found(report).sort()).toEqual(
      [
        `dir with space/ünïcödé "q".env:2:7 github-pat @${first}`,
        `new\nline.env:1:5 aws-access-key-id @${first}`,
        `no-newline.env:2:20 openrouter-api-key @${first}`,
        `windows.env:2:11 github-pat @${first}`,
      ].sort(),
    );
    expect(report.stats).toMatchObject({ commits: 2, files: 5, skipped: 1 });
  });

  it('reports the same whatever the repository config makes git diff and git log print', () => {
    const dir = newRepo();
    writeFiles(dir, { 'app/ü one.env': `# x\n\n# y\nTOKEN=${keys.GITHUB}\n`, 'app/b.env': Array.from({ length: 30 }, (_, i) => `B${i}=${i}\n`).join('') });
    const first = commitAll(dir, 'first: ü');
    gitIn(dir, 'mv', 'app/ü one.env', 'app/ü two.env');
    writeFiles(dir, { 'app/b.env': Array.from({ length: 30 }, (_, i) => (i === 3 || i === 9 ? `B${i}=${keys.AWS}\n` : `B${i}=${i}\n`)).join('') });
    const second = commitAll(dir, 'second');
    const expected = [`app/ü one.env:4:7 github-pat @${first}`, `app/b.env:4:4 aws-access-key-id @${second}`, `app/b.env:10:4 aws-access-key-id @${second}`];
    expect(found(historyJson(dir))).toEqual(expected);
    setHostileGitConfig(dir);
    expect(found(parseReport(runCli(['history', '--format', 'json'], join(dir, 'app')).stdout))).toEqual(expected);
  });

  it('gives the same secret in two files or commits two findings with different fingerprints', () => {
    const dir = newRepo();
    writeFiles(dir, { 'a.env': `KEY=${keys.AWS}\n` });
    const first = commitAll(dir, 'one');
    writeFiles(dir, { 'b.env': `KEY=${keys.AWS}\n` });
    const second = commitAll(dir, 'two');
    const report = historyJson(dir);
    expect(found(report)).toEqual([`a.env:1:5 aws-access-key-id @${first}`, `b.env:1:5 aws-access-key-id @${second}`]);
    expect(report.findings[0]!.fingerprint).not.toBe(report.findings[1]!.fingerprint);
  });

  it('selects commits with --range, --branch and --since', () => {
    const dir = newRepo();
    writeFiles(dir, { 'old.env': `KEY=${keys.AWS}\n` });
    const old = commitAll(dir, 'old', '2020-01-01T00:00:00+00:00');
    writeFiles(dir, { 'new.env': `TOKEN=${keys.GITHUB}\n` });
    const recent = commitAll(dir, 'recent', '2024-06-01T00:00:00+00:00');
    gitIn(dir, 'checkout', '-qb', 'side');
    writeFiles(dir, { 'side.env': `TOKEN=${keys.GITHUB_2}\n` });
    const side = commitAll(dir, 'side', '2024-07-01T00:00:00+00:00');
    gitIn(dir, 'checkout', '-q', 'main');

    const commits = (...args: string[]) => historyJson(dir, ...args).findings.map((f) => f.commit);
    expect(commits()).toEqual([old, recent, side]);
    expect(commits('--branch', 'main')).toEqual([old, recent]);
    expect(commits('--range', 'main..side')).toEqual([side]);
    expect(commits('--range', `${old}..main`)).toEqual([recent]);
    expect(commits('--range', `side ^${recent}`)).toEqual([side]);
    expect(commits('--since', '2023-01-01')).toEqual([recent, side]);
    expect(historyJson(dir, '--since', '2023-01-01').stats.commits).toBe(2);
  });

  it('scans a shallow clone as far as it goes and says that history is truncated', () => {
    const dir = newRepo();
    writeFiles(dir, { 'a.env': `KEY=${keys.AWS}\n` });
    commitAll(dir, 'one');
    writeFiles(dir, { 'b.txt': 'b\n' });
    commitAll(dir, 'two');
    const clone = join(tempDir(), 'clone');
    gitIn(dir, 'clone', '-q', '--depth', '1', `file://${dir}`, clone);
    const tip = gitIn(clone, 'rev-parse', 'HEAD').trim();

    const report = historyJson(clone);
    expect(found(report)).toEqual([`a.env:1:5 aws-access-key-id @${tip}`]); // the oldest commit fetched holds it
    expect(report.stats).toMatchObject({ commits: 1, truncated: true });
    expect(history(clone).stdout).toMatch(/ 1 secret found\.\nHistory is truncated: this is a shallow clone, and commits before its oldest were not scanned\.\n\nWhat to do next:/);
    expect(historyJson(dir).stats.truncated).toBe(false);
  });

  it('skips a file over the size limit in a huge commit and scans the rest', () => {
    const dir = newRepo();
    const filler = Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n');
    writeFiles(dir, {
      '.leakguard.yaml': 'maxFileSize: 10000\n',
      'huge.txt': `${filler}\nKEY=${keys.AWS}\n`,
      'small.env': `TOKEN=${keys.GITHUB}\n`,
      'one-long-line.min.js': `var k="${keys.GITHUB_2}";${'x'.repeat(50_000)}\n`,
    });
    const commit = commitAll(dir, 'huge');
    const report = historyJson(dir);
    expect(found(report)).toEqual([`small.env:1:7 github-pat @${commit}`]);
    expect(report.stats).toMatchObject({ files: 2, skipped: 2 }); // .leakguard.yaml and small.env scanned
  });

  it('streams a long history: thousands of commits, each secret at its own commit', () => {
    const dir = newRepo();
    const count = 3000;
    const stream: string[] = [];
    const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
    for (let i = 1; i <= count; i++) {
      stream.push(`commit refs/heads/main\nmark :${i}\ncommitter Test Author <author@example.test> ${1_700_000_000 + i} +0000\n`);
      stream.push(data(`commit ${i}`));
      if (i > 1) stream.push(`from :${i - 1}\n`);
      stream.push(`M 100644 inline counter.txt\n${data(`n = ${i}`)}`);
      if (i === 1234) stream.push(`M 100644 inline deep/secret.env\n${data(`# ${i}\nKEY=${keys.AWS}`)}`);
      if (i === 2500) stream.push(`D deep/secret.env\n`);
    }
    gitWith(dir, { input: stream.join('') }, 'fast-import', '--quiet');
    const introduced = gitIn(dir, 'rev-parse', `main~${count - 1234}`).trim();

    const report = historyJson(dir);
    expect(found(report)).toEqual([`deep/secret.env:2:5 aws-access-key-id @${introduced}`]);
    expect(report.stats).toMatchObject({ commits: count, files: count + 1 });
  });

  describe('errors exit 2 with one line', () => {
    it.each([
      ['an empty repository', () => newRepo(), [], /^error: the repository has no commits yet/],
      ['a folder outside git', () => tempDir(), [], /^error: not inside a git work tree/],
      ['an unknown branch', () => repoWithCommit(), ['--branch', 'nope'], /^error: git log nope failed: fatal: bad revision 'nope'\n$/],
      ['a range that is an option', () => repoWithCommit(), ['--range=--output=x'], /^error: git log --output=x failed: fatal: bad revision '--output=x'\n$/],
      ['both --range and --branch', () => repoWithCommit(), ['--range', 'a..b', '--branch', 'main'], /^error: .*range.*branch/],
    ])('%s', (_name, setup, args, message) => {
      const result = history(setup(), ...(args as string[]));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message as RegExp);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stdout).toBe('');
    });
  });
});

function repoWithCommit(): string {
  const dir = newRepo();
  writeFiles(dir, { 'a.txt': 'a\n' });
  commitAll(dir, 'a', DEFAULT_DATE);
  return dir;
}

import { appendFileSync, chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';
import { gitIn, gitWith } from './helpers/git.js';
import { commitAll, locations, newRepo, parseReport, writeFiles } from './helpers/git-repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const KEY_LINE = `GITHUB_TOKEN=${keys.GITHUB}\n`;
const json = (dir: string, ...args: string[]) => {
  const result = runCli([...args, '--format', 'json'], dir);
  expect(result.stderr).toBe('');
  return parseReport(result.stdout);
};

/** Index entries for `count` paths, all of one blob, with `keyPath` holding the key: a huge commit in a second. */
function stageMany(dir: string, count: number, keyPath: string): void {
  const plain = gitWith(dir, { input: 'const x = 1;\n' }, 'hash-object', '-w', '--stdin').trim();
  const withKey = gitWith(dir, { input: KEY_LINE }, 'hash-object', '-w', '--stdin').trim();
  const entries = Array.from({ length: count }, (_, i) => `100644 ${plain}\tsrc/d${i % 100}/f${i}.js\n`);
  entries.push(`100644 ${withKey}\t${keyPath}\n`);
  gitWith(dir, { input: entries.join('') }, 'update-index', '--add', '--index-info');
}

/** Commits the index as it is: `git add -A` would stage the deletion of every file not on disk. */
function commitIndex(dir: string, message: string): string {
  gitIn(dir, 'commit', '-q', '-m', message);
  return gitIn(dir, 'rev-parse', 'HEAD').trim();
}

/** Overwrites the loose object of `rev` with bytes that do not inflate. */
function corruptObject(dir: string, rev: string): void {
  const sha = gitIn(dir, 'rev-parse', rev).trim();
  const file = join(dir, '.git', 'objects', sha.slice(0, 2), sha.slice(2));
  chmodSync(file, 0o644);
  writeFileSync(file, 'not zlib');
}

describe('git repositories of every shape', () => {
  it('an empty repository: scan reads its untracked files, staged its index', () => {
    const dir = newRepo();
    writeFiles(dir, { 'new.env': KEY_LINE });
    expect(locations(json(dir, 'scan'))).toEqual(['new.env:1:14 github-pat']);
    gitIn(dir, 'add', '-A');
    expect(locations(json(dir, 'staged'))).toEqual(['new.env:1:14 github-pat']);
  });

  it('a shallow clone: staged compares the index with the shallow HEAD', () => {
    const origin = newRepo();
    writeFiles(origin, { 'a.txt': 'one\n' });
    commitAll(origin, 'one');
    writeFiles(origin, { 'a.txt': 'two\n' });
    commitAll(origin, 'two');
    const clone = join(tempDir(), 'clone');
    gitIn(origin, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    writeFiles(clone, { 'a.txt': `two\n${KEY_LINE}` });
    gitIn(clone, 'add', '-A');
    expect(locations(json(clone, 'staged'))).toEqual(['a.txt:2:14 github-pat']);
  });

  it('a detached HEAD: staged scans the index, history the commits no branch holds', () => {
    const dir = newRepo();
    writeFiles(dir, { 'a.txt': 'a\n' });
    commitAll(dir, 'a');
    gitIn(dir, 'checkout', '-q', '--detach');
    writeFiles(dir, { 'detached.env': KEY_LINE });
    gitIn(dir, 'add', '-A');
    expect(locations(json(dir, 'staged'))).toEqual(['detached.env:1:14 github-pat']);
    const sha = commitAll(dir, 'on no branch');
    expect(json(dir, 'history').findings.map((f) => `${f.file} @${f.commit}`)).toEqual([`detached.env @${sha}`]);
  });

  it('a bare repository: history scans it, with paths from the top of the tree; staged needs a work tree', () => {
    const origin = newRepo();
    writeFiles(origin, { 'config/app.env': `# app\n${KEY_LINE}` });
    const sha = commitAll(origin, 'key');
    const bare = join(tempDir(), 'mirror.git');
    gitIn(origin, 'clone', '-q', '--mirror', origin, bare);
    expect(json(bare, 'history').findings.map((f) => `${f.file}:${f.line} @${f.commit}`)).toEqual([`config/app.env:2 @${sha}`]);
    expect(json(join(bare, 'refs'), 'history').findings).toHaveLength(1);
    const staged = runCli(['staged'], bare);
    expect(staged.code).toBe(2);
    expect(staged.stderr).toMatch(/^error: not inside a git work tree: /);
  });

  it('a repository with 100k files: all listed, each file on disk read', () => {
    const dir = newRepo();
    stageMany(dir, 100_000, 'deep/key.env');
    commitIndex(dir, 'huge');
    // Only a few are written out: writing 100k files costs seconds and shows nothing the listing does not,
    // since files are read one at a time. Those missing from disk are passed over as deleted.
    gitIn(dir, 'checkout-index', '-f', '--', 'deep/key.env', 'src/d1/f1.js', 'src/d2/f99902.js');
    const report = json(dir, 'scan');
    expect(locations(report)).toEqual(['deep/key.env:1:14 github-pat']);
    expect(report.stats).toMatchObject({ files: 3, skipped: 0 });
  });

  it('a commit touching 50k files: staged and history scan every one', () => {
    const dir = newRepo();
    writeFiles(dir, { 'README.md': 'readme\n' });
    commitAll(dir, 'start');
    stageMany(dir, 50_000, 'src/d7/key.env');
    const staged = json(dir, 'staged');
    expect(locations(staged)).toEqual(['src/d7/key.env:1:14 github-pat']);
    expect(staged.stats).toMatchObject({ files: 50_001, lines: 50_001 });
    const sha = commitIndex(dir, 'huge');
    const history = json(dir, 'history');
    expect(history.findings.map((f) => `${f.file} @${f.commit}`)).toEqual([`src/d7/key.env @${sha}`]);
    expect(history.stats).toMatchObject({ commits: 2, files: 50_002 });
  });
});

describe('a git command that fails is an error with git’s reason, never a clean scan', () => {
  const expectGitError = (dir: string, args: string[], reason: RegExp) => {
    const result = runCli(args, dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: git .+ failed: (fatal|error): .+\n$/);
    expect(result.stderr).toMatch(reason);
  };

  it('a corrupt object: history and staged stop on it', () => {
    const dir = newRepo();
    writeFiles(dir, { 'a.txt': 'first\n' });
    commitAll(dir, 'a');
    corruptObject(dir, 'HEAD:a.txt');
    expectGitError(dir, ['history'], /failed: (fatal|error): .*(unable to|corrupt|header)/);
    writeFiles(dir, { 'b.env': KEY_LINE });
    gitIn(dir, 'add', 'b.env');
    rmSync(join(dir, 'b.env')); // else git may read the file on disk in place of the blob
    corruptObject(dir, ':b.env');
    expectGitError(dir, ['staged'], /^error: git diff --cached failed: fatal: unable to read [0-9a-f]{40}\n$/);
  });

  it('a repository whose config git cannot read: scan, staged and history all stop', () => {
    const dir = newRepo();
    writeFiles(dir, { 'a.env': KEY_LINE });
    commitAll(dir, 'a');
    appendFileSync(join(dir, '.git', 'config'), '[core\nbroken');
    for (const command of ['scan', 'staged', 'history']) {
      expectGitError(dir, [command], /failed: fatal: bad config line \d+ in file \.git\/config\n$/);
    }
  });
});

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hookScript } from '../src/hooks/hook-script.js';
import { runAction } from './helpers/action.js';
import { runCli, tempDir } from './helpers/cli.js';
import { gitEnv, gitIn, initRepo } from './helpers/git.js';
import { commitAll, newRepo, writeFiles } from './helpers/git-repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');

/** Every path under `dir` (the index included) with its mode and a hash of its bytes. */
function snapshot(dir: string): string[] {
  const entries: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      if (stat.isDirectory() && name !== 'objects' && name !== 'logs') walk(path);
      else if (stat.isFile()) entries.push(`${relative(dir, path)} ${stat.mode.toString(8)} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
    }
  };
  walk(dir);
  return entries.sort();
}

/** Text that creates a file named PWNED, where the shell runs, if a shell ever evaluates it. */
const INJECTIONS = ['$(touch PWNED)', '`touch PWNED`', ';touch PWNED;', '|touch PWNED', '&& touch PWNED'];

/** Whether a file named PWNED is anywhere under `dirs`. */
const pwned = (...dirs: string[]): boolean =>
  dirs.some((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((path) => path.split('/').includes('PWNED')));

describe('the pre-commit hook changes nothing', () => {
  it('leakguard staged leaves the index and the work tree byte for byte as they were, partial staging included', () => {
    const dir = newRepo();
    writeFiles(dir, { 'app.ts': 'one\ntwo\nthree\n', 'crlf.txt': 'a\r\nb\r\n' });
    commitAll(dir, 'base');
    writeFiles(dir, { 'app.ts': `one\nTOKEN=${keys.GITHUB}\nthree\n`, 'new.env': `KEY=${keys.AWS}\n` });
    gitIn(dir, 'add', 'app.ts', 'new.env');
    writeFiles(dir, { 'app.ts': `one\nTOKEN=${keys.GITHUB}\nthree\nunstaged\n`, 'untracked.txt': 'u\n', 'crlf.txt': 'a\r\nb\r\nc\r\n' });
    const before = snapshot(dir);
    expect(runCli(['staged'], dir).code).toBe(1);
    expect(runCli(['staged', '--format', 'json', '-o', join(tempDir(), 'r.json')], dir).code).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('no input is ever evaluated as shell', () => {
  it('the hook, in a folder and on files whose names are commands', () => {
    const parent = tempDir();
    const dir = join(parent, `repo ${INJECTIONS.join(' ')} 'q' "d"`);
    mkdirSync(dir);
    initRepo(dir);
    expect(runCli(['install'], dir).code).toBe(0);
    writeFiles(dir, Object.fromEntries(INJECTIONS.map((command, i) => [`${i} ${command}.env`, `KEY=${keys.AWS}\n`])));
    gitIn(dir, 'add', '-A');
    const commit = spawnSync('git', ['commit', '-qm', INJECTIONS.join(' ')], { cwd: dir, encoding: 'utf8', env: gitEnv() });
    expect(commit.status).not.toBe(0);
    expect(commit.stderr + commit.stdout).toContain('aws-access-key-id');
    expect(pwned(parent)).toBe(false);
  });

  it('the hook script, whatever the path leakguard was installed from', () => {
    const parent = tempDir();
    const installedFrom = join(parent, `it's ${INJECTIONS.join(' ')}`);
    mkdirSync(installedFrom);
    const cli = join(installedFrom, 'cli.js');
    writeFileSync(cli, "require('node:fs').writeFileSync('ran', process.argv[2]);\n");
    const dir = tempDir();
    initRepo(dir);
    // With no leakguard in node_modules or on PATH, the hook runs the CLI it was installed from.
    const run = spawnSync('sh', ['-c', hookScript(cli, undefined)], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...gitEnv(), PATH: `${join(process.execPath, '..')}:/usr/bin:/bin` },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'ran'), 'utf8')).toBe('staged');
    expect(pwned(parent, dir)).toBe(false);
  });

  it('the GitHub Action, on extra arguments and event fields that are commands', () => {
    const repo = newRepo();
    writeFiles(repo, { 'a.txt': 'a\n' });
    const sha = commitAll(repo, 'a');
    for (const command of INJECTIONS) {
      expect(runAction(repo, 'workflow_dispatch', {}, { args: `--branch "${command}"` }).code).toBe(2);
      const push = { ref: `refs/heads/x${command}`, before: '0'.repeat(40), after: sha, repository: { default_branch: `main${command}` } };
      expect(runAction(repo, 'push', push).code).toBe(2);
    }
    expect(pwned(repo)).toBe(false);
  });
});

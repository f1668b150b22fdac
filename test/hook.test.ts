import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EARLIER_HUSKY_LINE, HUSKY_LINE, earlierHookScript } from '../src/hooks/hook-script.js';
import { cliPath, runCli, tempDir } from './helpers/cli.js';
import { gitEnv, gitIn, initRepo } from './helpers/git.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');

function repoWithCommit(): string {
  const dir = tempDir();
  initRepo(dir);
  writeFileSync(join(dir, 'README.md'), '# app\n');
  gitIn(dir, 'add', '.');
  gitIn(dir, 'commit', '-qm', 'first');
  return dir;
}

/** `git commit` as a user runs it, hooks and all; returns its exit status and output. */
function commit(dir: string, message: string) {
  const run = spawnSync('git', ['commit', '-qm', message], { cwd: dir, encoding: 'utf8', env: gitEnv({ NO_COLOR: '1' }) });
  return { code: run.status, output: run.stdout + run.stderr };
}

const headCount = (dir: string) => Number(gitIn(dir, 'rev-list', '--count', 'HEAD').trim());

describe('leakguard install', () => {
  it('blocks a commit that adds a secret, leaves the index as it was, and lets a clean commit through', () => {
    const dir = repoWithCommit();
    expect(runCli(['install'], dir).stdout).toMatch(/installed the pre-commit hook/);
    writeFileSync(join(dir, 'config.env'), `GITHUB_TOKEN=${keys.GITHUB}\n`);
    gitIn(dir, 'add', 'config.env');
    const indexBefore = gitIn(dir, 'diff', '--cached', '--name-status');
    const blocked = commit(dir, 'add config');
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('github-pat');
    expect(blocked.output).not.toContain(keys.GITHUB);
    expect(headCount(dir)).toBe(1);
    expect(gitIn(dir, 'diff', '--cached', '--name-status')).toBe(indexBefore);

    writeFileSync(join(dir, 'config.env'), 'GITHUB_TOKEN=${GITHUB_TOKEN}\n');
    gitIn(dir, 'add', 'config.env');
    expect(commit(dir, 'add config').code).toBe(0);
    expect(headCount(dir)).toBe(2);
  });

  it('keeps an existing hook: runs it after leakguard, keeps its exit status, and uninstall restores it byte for byte', () => {
    const dir = repoWithCommit();
    const hook = join(dir, '.git/hooks/pre-commit');
    const original = '#!/bin/sh\necho "lint ran" > lint-ran.txt\nexit "${LINT_EXIT:-0}"\n';
    writeFileSync(hook, original);
    chmodSync(hook, 0o755);
    expect(runCli(['install'], dir).stdout).toMatch(/the hook that was there runs after it/);
    writeFileSync(join(dir, 'a.txt'), 'hello\n');
    gitIn(dir, 'add', 'a.txt');
    expect(commit(dir, 'clean').code).toBe(0);
    expect(existsSync(join(dir, 'lint-ran.txt'))).toBe(true);
    writeFileSync(join(dir, 'b.txt'), 'world\n');
    gitIn(dir, 'add', 'b.txt');
    const failing = spawnSync('git', ['commit', '-qm', 'lint fails'], { cwd: dir, env: gitEnv({ LINT_EXIT: '3' }) });
    expect(failing.status).not.toBe(0);
    expect(runCli(['uninstall'], dir).stdout).toMatch(/restored/);
    expect(readFileSync(hook, 'utf8')).toBe(original);
  });

  it('runs leakguard without NODE_EXTRA_CA_CERTS and hands it on to the chained hook', () => {
    const dir = repoWithCommit();
    const hook = join(dir, '.git/hooks/pre-commit');
    writeFileSync(hook, '#!/bin/sh\nprintf %s "$NODE_EXTRA_CA_CERTS" > ca-seen.txt\n');
    chmodSync(hook, 0o755);
    runCli(['install'], dir);
    writeFileSync(join(dir, 'a.txt'), 'hello\n');
    gitIn(dir, 'add', 'a.txt');
    // Node warns at start-up when the file cannot be read: the warning would mean leakguard's Node parsed it.
    const missing = join(dir, 'missing-ca.pem');
    const run = spawnSync('git', ['commit', '-qm', 'clean'], { cwd: dir, encoding: 'utf8', env: gitEnv({ NODE_EXTRA_CA_CERTS: missing }) });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/extra certs/);
    expect(readFileSync(join(dir, 'ca-seen.txt'), 'utf8')).toBe(missing);
    writeFileSync(join(dir, 'k.txt'), `key=${keys.AWS}\n`);
    gitIn(dir, 'add', 'k.txt');
    const blocked = spawnSync('git', ['commit', '-qm', 'key'], { cwd: dir, encoding: 'utf8', env: gitEnv({ NODE_EXTRA_CA_CERTS: missing, NO_COLOR: '1' }) });
    expect(blocked.status).toBe(1);
    expect(blocked.stderr + blocked.stdout).toContain('aws-access-key');
  });

  it('updates the hook an earlier version wrote, and leaves one edited by hand as it is', () => {
    const dir = repoWithCommit();
    const hook = join(dir, '.git/hooks/pre-commit');
    runCli(['install'], dir);
    const current = readFileSync(hook, 'utf8');
    const earlier = earlierHookScript(current);
    expect(earlier).not.toBe(current);
    writeFileSync(hook, earlier);
    expect(runCli(['install'], dir).stdout).toMatch(/updated the pre-commit hook/);
    expect(readFileSync(hook, 'utf8')).toBe(current);
    const edited = `${earlier}echo "my own line"\n`;
    writeFileSync(hook, edited);
    expect(runCli(['install'], dir).stdout).toMatch(/already runs leakguard/);
    expect(readFileSync(hook, 'utf8')).toBe(edited);
  });

  it('is a no-op when run twice', () => {
    const dir = repoWithCommit();
    runCli(['install'], dir);
    const hook = readFileSync(join(dir, '.git/hooks/pre-commit'), 'utf8');
    expect(runCli(['install'], dir).stdout).toMatch(/already runs leakguard/);
    expect(readFileSync(join(dir, '.git/hooks/pre-commit'), 'utf8')).toBe(hook);
    expect(existsSync(join(dir, '.git/hooks/pre-commit.leakguard-chained'))).toBe(false);
  });

  it('honours core.hooksPath', () => {
    const dir = repoWithCommit();
    gitIn(dir, 'config', 'core.hooksPath', 'githooks');
    runCli(['install'], dir);
    expect(readFileSync(join(dir, 'githooks/pre-commit'), 'utf8')).toContain('leakguard');
    writeFileSync(join(dir, 'k.txt'), `key=${keys.AWS}\n`);
    gitIn(dir, 'add', 'k.txt');
    expect(commit(dir, 'key').code).not.toBe(0);
  });

  it("adds one line to husky's pre-commit file that blocks a commit, and takes it out again", () => {
    const dir = repoWithCommit();
    // What husky 9 puts in .husky/_: git runs it, and it runs the user's file with `sh -e` at the top of the work tree.
    mkdirSync(join(dir, '.husky/_'), { recursive: true });
    writeFileSync(join(dir, '.husky/_/pre-commit'), '#!/bin/sh\nexec sh -e .husky/pre-commit "$@"\n');
    chmodSync(join(dir, '.husky/_/pre-commit'), 0o755);
    const userHook = 'echo lint > lint-ran.txt\n';
    writeFileSync(join(dir, '.husky/pre-commit'), userHook);
    gitIn(dir, 'config', 'core.hooksPath', '.husky/_');
    // leakguard as the project installed it, the place husky's line looks first (npx, the fallback, is not used)
    mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
    symlinkSync(cliPath, join(dir, 'node_modules/.bin/leakguard'));
    writeFileSync(join(dir, '.git/info/exclude'), 'node_modules/\n');
    expect(runCli(['install'], dir).stdout).toMatch(/added leakguard to the husky hook/);
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(`${userHook}${HUSKY_LINE}\n`);

    writeFileSync(join(dir, 'k.txt'), `key=${keys.AWS}\n`);
    gitIn(dir, 'add', 'k.txt');
    const missingCa = join(dir, 'missing-ca.pem');
    const blocked = spawnSync('git', ['commit', '-qm', 'key'], { cwd: dir, encoding: 'utf8', env: gitEnv({ NO_COLOR: '1', NODE_EXTRA_CA_CERTS: missingCa }) });
    expect(blocked.status).toBe(1);
    expect(blocked.stdout + blocked.stderr).toContain('aws-access-key');
    expect(blocked.stderr).not.toMatch(/extra certs/);
    expect(headCount(dir)).toBe(1);
    gitIn(dir, 'rm', '-q', '--cached', 'k.txt');
    writeFileSync(join(dir, 'a.txt'), 'hello\n');
    gitIn(dir, 'add', 'a.txt', '.husky');
    expect(commit(dir, 'clean').code).toBe(0);
    expect(existsSync(join(dir, 'lint-ran.txt'))).toBe(true);

    runCli(['uninstall'], dir);
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(userHook);
  });

  it("replaces the husky line of earlier versions in place, and uninstall takes either out", () => {
    const dir = repoWithCommit();
    mkdirSync(join(dir, '.husky/_'), { recursive: true });
    gitIn(dir, 'config', 'core.hooksPath', '.husky/_');
    const userHook = 'npm test\n';
    writeFileSync(join(dir, '.husky/pre-commit'), `${userHook}${EARLIER_HUSKY_LINE}\nnpm run lint\n`);
    expect(runCli(['install'], dir).stdout).toMatch(/updated leakguard's line in the husky hook/);
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(`${userHook}${HUSKY_LINE}\nnpm run lint\n`);
    expect(runCli(['install'], dir).stdout).toMatch(/already runs leakguard/);
    runCli(['uninstall'], dir);
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(`${userHook}npm run lint\n`);
    writeFileSync(join(dir, '.husky/pre-commit'), `${EARLIER_HUSKY_LINE}\nnpm run lint\n`);
    expect(runCli(['uninstall'], dir).stdout).toMatch(/removed from husky/);
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe('npm run lint\n');
  });

  it('installs into the common hooks of a linked worktree', () => {
    const dir = repoWithCommit();
    const linked = join(tempDir(), 'wt');
    gitIn(dir, 'worktree', 'add', '-q', linked);
    runCli(['install'], linked);
    expect(readFileSync(join(dir, '.git/hooks/pre-commit'), 'utf8')).toContain('leakguard');
    writeFileSync(join(linked, 'k.txt'), `key=${keys.AWS}\n`);
    gitIn(linked, 'add', 'k.txt');
    expect(commit(linked, 'key').code).not.toBe(0);
  });

  it('refuses outside a repository with exit 2', () => {
    const result = runCli(['install'], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*not inside a git work tree/);
  });
});


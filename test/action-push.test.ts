import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotations, checkout, everythingWritten, runAction, sarifResults } from './helpers/action.js';
import { tempDir } from './helpers/cli.js';
import { gitIn } from './helpers/git.js';
import { commitAll, newRepo, writeFiles } from './helpers/git-repo.js';
import { expectNoSecret, fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const NO_COMMIT = '0'.repeat(40);

describe('the GitHub Action on push', () => {
  /** An origin with main (an old key) and a pushed branch of two commits, one adding a key. */
  function pushOrigin() {
    const work = newRepo();
    writeFiles(work, { 'old.env': `AWS_ACCESS_KEY_ID=${keys.AWS}\n` });
    commitAll(work, 'an old key');
    const origin = join(tempDir(), 'origin.git');
    gitIn(work, 'init', '-q', '--bare', origin);
    gitIn(work, 'remote', 'add', 'origin', origin);
    gitIn(work, 'push', '-q', 'origin', 'main');
    const before = gitIn(work, 'rev-parse', 'HEAD').trim();
    gitIn(work, 'checkout', '-qb', 'feature');
    writeFiles(work, { 'settings.env': `TOKEN=${keys.GITHUB}\n` });
    const keyCommit = commitAll(work, 'settings');
    writeFiles(work, { 'notes.md': 'notes\n' });
    const after = commitAll(work, 'notes');
    gitIn(work, 'push', '-q', 'origin', 'feature');
    const payload = (ref: string, from: string, to: string, forced = false) => ({ ref, before: from, after: to, forced, created: from === NO_COMMIT, deleted: to === NO_COMMIT, repository: { default_branch: 'main' } });
    return { work, origin, before, keyCommit, after, payload };
  }

  it('scans before..after', () => {
    const repo = pushOrigin();
    gitIn(repo.work, 'push', '-q', 'origin', 'feature:main');
    const run = runAction(checkout(repo.origin, repo.after, 0), 'push', repo.payload('refs/heads/main', repo.before, repo.after));
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain(`scanning push: the commits from ${repo.before.slice(0, 12)} to ${repo.after.slice(0, 12)}`);
    expect(annotations(run)).toEqual(['settings.env:1 github-pat']);
    expect(sarifResults(run)).toEqual([`settings.env:1 github-pat @${repo.keyCommit}`]);
    expectNoSecret(everythingWritten(run), Object.values(keys));
  });

  it('on a new branch scans only the commits the default branch does not have, also from a shallow checkout', () => {
    const repo = pushOrigin();
    const payload = repo.payload('refs/heads/feature', NO_COMMIT, repo.after);
    for (const depth of [0, 1] as const) {
      const run = runAction(checkout(repo.origin, repo.after, depth), 'push', payload);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toContain('scanning push creating refs/heads/feature: the commits up to');
      expect(annotations(run)).toEqual(['settings.env:1 github-pat']);
      expect(run.stdout).toMatch(/^Scanned 2 commits/m);
    }
  });

  it('on a force push scans what is new, or all the branch has beyond main when the old tip is gone', () => {
    const repo = pushOrigin();
    gitIn(repo.work, 'reset', '-q', '--hard', repo.keyCommit);
    writeFiles(repo.work, { 'more.env': `OPENROUTER_API_KEY=${keys.OPENROUTER}\n` });
    const rewritten = commitAll(repo.work, 'notes, rewritten with another key');
    gitIn(repo.work, 'push', '-q', '--force', 'origin', 'feature');
    const payload = repo.payload('refs/heads/feature', repo.after, rewritten, true);

    const run = runAction(checkout(repo.origin, rewritten, 0), 'push', payload);
    expect(run.code, run.stderr).toBe(1);
    expect(annotations(run)).toEqual(['more.env:1 openrouter-api-key']);

    gitIn(repo.origin, 'gc', '-q', '--prune=now'); // the old tip is gone from origin too
    const gone = runAction(checkout(repo.origin, rewritten, 0), 'push', payload);
    expect(gone.code, gone.stderr).toBe(1);
    expect(gone.stdout).toContain('scanning instead push creating refs/heads/feature');
    expect(annotations(gone).sort()).toEqual(['more.env:1 openrouter-api-key', 'settings.env:1 github-pat']);
  });

  it('has nothing to scan when a branch is deleted', () => {
    const repo = pushOrigin();
    const run = runAction(checkout(repo.origin, repo.before, 0), 'push', repo.payload('refs/heads/feature', repo.after, NO_COMMIT));
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs).toEqual({ findings: '0' });
    expect(run.summary).toBe('## leakguard\n\nNothing to scan: push deleting refs/heads/feature.\n');
  });
});

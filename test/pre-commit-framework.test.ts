import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from './helpers/cli.js';
import { gitEnv, gitIn } from './helpers/git.js';
import { commitAll, newRepo } from './helpers/git-repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

// .ci/run installs the pre-commit tool; where it is missing, this says so instead of passing.
describe.skipIf(!hasPreCommit)('the pre-commit framework hook', () => {
  it('installs leakguard from this repository, blocks a commit that adds a key and lets a clean one through', () => {
    const rev = gitIn(repoRoot, 'rev-parse', 'HEAD').trim();
    const repo = newRepo();
    const env = gitEnv({ PRE_COMMIT_HOME: tempDir('pre-commit-home-'), NO_COLOR: '1' });
    writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${repoRoot}\n    rev: ${rev}\n    hooks:\n      - id: leakguard\n`);
    commitAll(repo, 'add the hook config');
    expect(spawnSync('pre-commit', ['install'], { cwd: repo, env }).status).toBe(0);

    writeFileSync(join(repo, 'settings.env'), `GITHUB_TOKEN=${keys.GITHUB}\n`);
    gitIn(repo, 'add', 'settings.env');
    const blocked = spawnSync('git', ['commit', '-qm', 'add a key'], { cwd: repo, env, encoding: 'utf8' });
    expect(blocked.status, blocked.stdout + blocked.stderr).toBe(1);
    expect(blocked.stdout + blocked.stderr).toContain('settings.env\n  1:14  github-pat');
    expect(blocked.stdout + blocked.stderr).not.toContain(keys.GITHUB);
    expect(gitIn(repo, 'diff', '--cached', '--name-only')).toBe('settings.env\n');

    writeFileSync(join(repo, 'settings.env'), 'GITHUB_TOKEN=${GITHUB_TOKEN}\n');
    gitIn(repo, 'add', 'settings.env');
    const clean = spawnSync('git', ['commit', '-qm', 'a reference, not a key'], { cwd: repo, env, encoding: 'utf8' });
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
  }, 240_000);
});

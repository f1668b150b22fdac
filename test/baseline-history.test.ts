import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { gitIn } from './helpers/git.js';
import { commitAll, newRepo } from './helpers/git-repo.js';
import { expectNoSecret, fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');

describe('leakguard baseline --history', () => {
  it('accepts every secret ever committed, so history, scan and staged report only new ones', () => {
    const repo = newRepo();
    writeFileSync(join(repo, 'a.env'), `GITHUB_TOKEN=${keys.GITHUB}\n`);
    commitAll(repo, 'first key');
    writeFileSync(join(repo, 'b.env'), `AWS_ACCESS_KEY_ID=${keys.AWS}\n`);
    commitAll(repo, 'second key');

    const written = runCli(['baseline', '--history'], repo);
    expect(written.code, written.stderr).toBe(0);
    const baseline = readFileSync(join(repo, '.leakguard-baseline.json'), 'utf8');
    expect((JSON.parse(baseline) as { entries: unknown[] }).entries).toHaveLength(2);
    expectNoSecret(baseline, Object.values(keys));

    const history = runCli(['history'], repo);
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(/: 0 new · 2 known · 0 stale\./);
    expect(runCli(['scan'], repo).code).toBe(0);

    writeFileSync(join(repo, 'c.env'), `OPENROUTER_API_KEY=${keys.OPENROUTER}\n`);
    gitIn(repo, 'add', 'c.env');
    const staged = runCli(['staged', '--format', 'json'], repo);
    expect(staged.code).toBe(1);
    commitAll(repo, 'third key');
    const after = runCli(['history'], repo);
    expect(after.code).toBe(1);
    expect(after.stdout).toMatch(/: 1 new · 2 known · 0 stale\./);
    expect(after.stdout).toContain('c.env\n  1:20  openrouter-api-key');
  });
});

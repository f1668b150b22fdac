import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotations, checkout, everythingWritten, runAction, sarifResults } from './helpers/action.js';
import { runCli, tempDir } from './helpers/cli.js';
import { gitIn } from './helpers/git.js';
import { commitAll, newRepo, writeFiles } from './helpers/git-repo.js';
import { expectValidSarif } from './helpers/sarif.js';
import { expectNoSecret, fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');

/**
 * A bare origin whose main holds a key from before the pull request (old.env), and pull request #7: one
 * commit adding a key (src/config.ts), one clean. Its head lives only in refs/pull/7/head, as a fork's
 * does; refs/pull/7/merge is the merge commit GitHub checks out. Main moves on after the branch point
 * with a key of its own (later.env), so the base is not the merge base.
 */
function pullRequestOrigin() {
  const work = newRepo();
  writeFiles(work, { 'README.md': '# app\n', 'old.env': `AWS_ACCESS_KEY_ID=${keys.AWS}\n` });
  const start = commitAll(work, 'app with an old key');
  gitIn(work, 'checkout', '-qb', 'feature');
  writeFiles(work, { 'src/config.ts': `// settings\nexport const token = '${keys.GITHUB}';\n` });
  const keyCommit = commitAll(work, 'add settings');
  writeFiles(work, { 'src/app.ts': 'console.log("app");\n' });
  const head = commitAll(work, 'add the app');
  gitIn(work, 'checkout', '-q', 'main');
  writeFiles(work, { 'later.env': `TOKEN=${keys.GITHUB_2}\n` });
  const base = commitAll(work, 'main moves on with a key of its own');
  gitIn(work, 'checkout', '-q', '--detach', base);
  gitIn(work, 'merge', '-q', '--no-ff', '-m', 'Merge head into base', head);
  const merge = gitIn(work, 'rev-parse', 'HEAD').trim();

  const origin = join(tempDir(), 'origin.git');
  gitIn(work, 'init', '-q', '--bare', origin);
  gitIn(work, 'push', '-q', origin, 'main', `${head}:refs/pull/7/head`, `${merge}:refs/pull/7/merge`);
  const payload = {
    action: 'synchronize',
    number: 7,
    pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: head } },
    repository: { default_branch: 'main' },
  };
  return { work, origin, start, keyCommit, head, base, merge, payload };
}

const secrets = Object.values(keys);

describe('the GitHub Action', () => {
  let repo: ReturnType<typeof pullRequestOrigin>;
  beforeAll(() => {
    repo = pullRequestOrigin();
  });

  it('on pull_request reports only the keys of the pull request, with annotations, summary, SARIF and outputs', () => {
    const run = runAction(checkout(repo.origin, repo.merge, 0), 'pull_request', repo.payload);

    expect(run.code, run.stderr).toBe(1);
    expect(annotations(run)).toEqual(['src/config.ts:2 github-pat']);
    expect(run.stdout).toContain(`leakguard: scanning pull request #7: the commits from ${repo.base.slice(0, 12)} to ${repo.head.slice(0, 12)}`);
    expect(run.stdout).toMatch(/^Scanned 2 commits, 2 files \(3 lines added, \d+ B\) in \d+ ms: 1 secret found\.$/m);
    expect(run.outputs).toEqual({ findings: '1', 'sarif-file': expect.stringMatching(/leakguard\.sarif$/) });

    expectValidSarif(JSON.parse(run.sarif!));
    expect(sarifResults(run)).toEqual([`src/config.ts:2 github-pat @${repo.keyCommit}`]);

    expect(run.summary).toMatch(/^## leakguard\n/);
    expect(run.summary).toContain(`| \`src/config.ts:2\` | \`github-pat\` | GitHub personal access token (classic) | \`ghp_…\` | \`${repo.keyCommit.slice(0, 12)}\` |`);
    expect(run.summary).toContain(`Scope: pull request #7: the commits from ${repo.base.slice(0, 12)} to ${repo.head.slice(0, 12)}.`);
    expect(run.summary).not.toMatch(/old\.env|later\.env/);
    expectNoSecret(everythingWritten(run), secrets);
  });

  it('deepens a shallow checkout of the merge commit by fetching the pull request from origin', () => {
    const shallow = checkout(repo.origin, repo.merge, 1);
    expect(gitIn(shallow, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');

    const run = runAction(shallow, 'pull_request', repo.payload);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('the checkout is shallow; fetching the history of');
    expect(annotations(run)).toEqual(['src/config.ts:2 github-pat']);
    expect(run.stdout).not.toContain('History is truncated');
    expect(gitIn(shallow, 'rev-parse', '--is-shallow-repository').trim()).toBe('false');
  });

  it('on pull_request_target fetches the head, which the checkout of the base does not have', () => {
    const base = checkout(repo.origin, repo.base, 0);
    expect(() => gitIn(base, 'cat-file', '-e', `${repo.head}^{commit}`)).toThrow();

    const run = runAction(base, 'pull_request_target', repo.payload);
    expect(run.code, run.stderr).toBe(1);
    expect(annotations(run)).toEqual(['src/config.ts:2 github-pat']);
  });

  it('fails with exit 2 and names fetch-depth: 0 when a shallow checkout cannot fetch', () => {
    const shallow = checkout(repo.origin, repo.merge, 1);
    gitIn(shallow, 'remote', 'set-url', 'origin', `file://${join(tempDir(), 'gone.git')}`);

    const run = runAction(shallow, 'pull_request', repo.payload);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: could not fetch the pull request's head and the pull request's base from origin: .*\(check out with actions\/checkout and fetch-depth: 0\)\n$/);
    expect(run.stdout).toMatch(/^::error title=leakguard::could not fetch .*fetch-depth: 0\)$/m);
    expect(run.stderr + run.stdout).not.toMatch(/same/i);
    expect(run.outputs).toEqual({});
  });

  it('does not blame the pull request for the keys of main it merged in to catch up, only for what its merge added', () => {
    const repo = pullRequestOrigin();
    gitIn(repo.work, 'checkout', '-q', '--detach', repo.head);
    gitIn(repo.work, 'merge', '-q', '--no-ff', '--no-commit', repo.base);
    writeFiles(repo.work, { 'src/extra.env': `OPENROUTER_API_KEY=${keys.OPENROUTER}\n` });
    const head = commitAll(repo.work, 'Merge main into feature, and a key');
    gitIn(repo.work, 'push', '-q', '--force', repo.origin, `${head}:refs/pull/7/head`);
    const payload = { ...repo.payload, pull_request: { ...repo.payload.pull_request, head: { ref: 'feature', sha: head } } };

    const run = runAction(checkout(repo.origin, head, 0), 'pull_request', payload);
    expect(run.code, run.stderr).toBe(1);
    expect(sarifResults(run)).toEqual([`src/config.ts:2 github-pat @${repo.keyCommit}`, `src/extra.env:1 openrouter-api-key @${head}`]);
  });

  it('reads the config input: a pull request whose key is in an excluded folder is clean', () => {
    const clone = checkout(repo.origin, repo.merge, 0);
    writeFiles(clone, { 'ci/leakguard.yaml': 'exclude:\n  - src/\n' });
    const run = runAction(clone, 'pull_request', repo.payload, { config: 'ci/leakguard.yaml' });
    expect(run.code, run.stderr).toBe(0);
    expect(annotations(run)).toEqual([]);
    expect(run.outputs.findings).toBe('0');
    expect(run.summary).toContain(':white_check_mark: No new secrets found.');
    const sarif = JSON.parse(run.sarif!);
    expectValidSarif(sarif);
    expect(sarif.runs[0].results).toEqual([]);
  });

  it('reads the baseline input: a key the baseline knows is counted as known and does not fail the step', () => {
    const clone = checkout(repo.origin, repo.merge, 0);
    writeFiles(clone, { 'ci/README.md': 'CI files\n' });
    expect(runCli(['baseline', '--baseline', 'ci/baseline.json'], clone).code).toBe(0);
    const run = runAction(clone, 'pull_request', repo.payload, { baseline: 'ci/baseline.json' });
    expect(run.code, run.stderr).toBe(0);
    expect(annotations(run)).toEqual([]);
    expect(run.outputs.findings).toBe('0');
    expect(run.stdout).toMatch(/: 0 new · 1 known · \d+ stale\./);
    expect(sarifResults(run)).toEqual([]);
  });

  it('with fail-on-findings false passes and still reports', () => {
    const run = runAction(checkout(repo.origin, repo.merge, 0), 'pull_request', repo.payload, { 'fail-on-findings': 'false' });
    expect(run.code, run.stderr).toBe(0);
    expect(annotations(run)).toEqual(['src/config.ts:2 github-pat']);
    expect(run.outputs.findings).toBe('1');
    expect(sarifResults(run)).toHaveLength(1);
    expect(run.summary).toContain('`src/config.ts:2`');
  });

  it('on workflow_dispatch scans every commit of every branch, or the commits the args name', () => {
    const clone = checkout(repo.origin, repo.base, 0);
    gitIn(clone, 'fetch', '-q', 'origin', '+refs/pull/7/head:refs/remotes/origin/pr-7');

    const all = runAction(clone, 'workflow_dispatch', { inputs: {} });
    expect(all.code, all.stderr).toBe(1);
    expect(annotations(all).sort()).toEqual(['later.env:1 github-pat', 'old.env:1 aws-access-key-id', 'src/config.ts:2 github-pat']);

    const mainOnly = runAction(clone, 'workflow_dispatch', { inputs: {} }, { args: `--range "${repo.start}..origin/main"` });
    expect(annotations(mainOnly)).toEqual(['later.env:1 github-pat']);
    expectNoSecret(everythingWritten(all) + everythingWritten(mainOnly), secrets);

    const shallow = runAction(checkout(repo.origin, repo.base, 1), 'schedule', { schedule: '0 3 * * 1' });
    expect(shallow.stdout).toContain('fetching the whole history from origin');
    expect(annotations(shallow).sort()).toEqual(['later.env:1 github-pat', 'old.env:1 aws-access-key-id']);
    expect(shallow.stdout).not.toContain('History is truncated');
  });

  it('refuses extra arguments that would print secrets or replace its reports, and an event whose sha is not one', () => {
    const clone = checkout(repo.origin, repo.base, 0);
    for (const [args, message] of [
      ['--show-secrets', /^error: input args: --show-secrets is not allowed in the action: secrets are never printed in CI logs\n$/],
      ['--format=json', /^error: input args: --format is not allowed/],
      ['--branch main --exec=x', /^error: input args: Unknown option '--exec'/],
      ['--range "main..x', /^error: input args has an unclosed "/],
    ] as const) {
      const run = runAction(clone, 'workflow_dispatch', {}, { args });
      expect(run.code, args).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    const forged = { ...repo.payload, pull_request: { ...repo.payload.pull_request, head: { sha: '--upload-pack=touch x' } } };
    const run = runAction(clone, 'pull_request', forged);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: the pull request's head in the event is not a commit sha: "--upload-pack=touch x"\n`);
  });
});

import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, repoRoot, runCli } from './helpers/cli.js';
import { gitIn } from './helpers/git.js';
import { commitAll, locations, newRepo, parseReport, writeFiles } from './helpers/git-repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const hygiene = (name: string) => readFileSync(join(repoRoot, 'fixtures/hygiene', name));
const stagedJson = (dir: string) => parseReport(runCli(['staged', '--format', 'json'], dir).stdout);

/** A repository with one commit, then `files` staged. */
function staging(files: Record<string, string | Buffer>): string {
  const dir = newRepo();
  writeFiles(dir, { 'README.md': '# app\n' });
  commitAll(dir, 'start');
  writeFiles(dir, files);
  gitIn(dir, 'add', '-A');
  return dir;
}

describe('leakguard staged: files that must not be committed', () => {
  it('stops a .env with a finding of its own, whatever it holds, with the fix in place of a line', () => {
    const dir = staging({ '.env': 'DEBUG=1\n' });
    const text = runCli(['staged'], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      ".env\n  1:1  sensitive-file-env  Environment file (.env)\n      fix: git rm --cached .env && echo '.env' >> .gitignore\n      rotate: ",
    );
    expect(text.stdout).toMatch(/Scanned 1 file \(1 line added, 8 B\) in \d+ ms: 1 secret found\./);
    expect(text.stdout).toContain('  1. Unstage each file that must not be committed with the command on its fix line');
    const [finding] = stagedJson(dir).findings;
    expect(finding).toMatchObject({ ruleId: 'sensitive-file-env', file: '.env', line: 1, column: 1, fix: "git rm --cached .env && echo '.env' >> .gitignore" });
  });

  it('also stops an empty one, and one among secrets found in its lines', () => {
    expect(locations(stagedJson(staging({ 'api/.env.production': '' })))).toEqual(['api/.env.production:1:1 sensitive-file-env']);
    expect(locations(stagedJson(staging({ '.env.local': `GITHUB_TOKEN=${keys.GITHUB}\n` })))).toEqual([
      '.env.local:1:1 sensitive-file-env',
      '.env.local:1:14 github-pat',
    ]);
  });

  it('fingerprints it by rule and path: the same when its content changes, another at another path', () => {
    const dir = staging({ '.env': 'A=1\n' });
    const first = stagedJson(dir).findings[0]!.fingerprint;
    writeFiles(dir, { '.env': 'A=2\nB=3\n' });
    gitIn(dir, 'add', '.env');
    expect(stagedJson(dir).findings[0]!.fingerprint).toBe(first);
    gitIn(dir, 'mv', '.env', '.env.local');
    const moved = stagedJson(dir);
    expect(locations(moved)).toEqual(['.env.local:1:1 sensitive-file-env']);
    expect(moved.findings[0]!.fingerprint).not.toBe(first);
  });

  it('stops a private key file but not a certificate bundle, nor .env.example', () => {
    const dir = staging({ 'certs/server.pem': hygiene('server.pem'), 'certs/cacert.pem': hygiene('cacert.pem'), '.env.example': 'OPENAI_API_KEY=\n' });
    const found = locations(stagedJson(dir));
    expect(found).toContain('certs/server.pem:1:1 sensitive-file-private-key');
    expect(found.filter((location) => !location.startsWith('certs/server.pem:'))).toEqual([]);
  });

  it('passes over what the config excludes, and a file being taken out of git', () => {
    expect(stagedJson(staging({ '.leakguard.yaml': 'exclude: [fixtures/]\n', 'fixtures/.env': 'A=1\n' })).findings).toEqual([]);
    const dir = newRepo();
    writeFiles(dir, { '.env': 'A=1\n' });
    commitAll(dir, 'oops');
    gitIn(dir, 'rm', '-q', '--cached', '.env'); // the fix: deleted from the index, still on disk
    const result = runCli(['staged'], dir);
    expect(result.code).toBe(0);
  });

  it('describes its rule in SARIF', () => {
    const sarif = JSON.parse(runCli(['staged', '--format', 'sarif'], staging({ '.env': 'A=1\n' })).stdout);
    const run = sarif.runs[0];
    const rule = run.tool.driver.rules[run.results[0].ruleIndex];
    expect(rule.id).toBe('sensitive-file-env');
    expect(rule.help.text).toMatch(/^Rotate: If the file was ever committed or shared, rotate each secret it holds/);
  });

  it('blocks git commit through the pre-commit hook, and lets it through once the file is unstaged', () => {
    const dir = staging({ '.hooks/pre-commit': `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" staged\n` });
    chmodSync(join(dir, '.hooks/pre-commit'), 0o755);
    gitIn(dir, 'config', 'core.hooksPath', '.hooks');
    commitAll(dir, 'hook');
    writeFiles(dir, { '.env': 'A=1\n', 'app.js': 'console.log(1);\n' });
    gitIn(dir, 'add', '-A');
    expect(() => gitIn(dir, 'commit', '-qm', 'with .env')).toThrow(/sensitive-file-env/);
    gitIn(dir, 'rm', '-q', '--cached', '.env');
    gitIn(dir, 'commit', '-qm', 'without .env');
    expect(gitIn(dir, 'show', '--name-only', '--format=', 'HEAD')).toBe('app.js\n');
  });
});

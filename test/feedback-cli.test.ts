import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, repoRoot, runCli, tempDir } from './helpers/cli.js';
import { commitAll, newRepo, writeFiles } from './helpers/git-repo.js';

const COMMANDS = ['scan', 'staged', 'history', 'rules', 'install', 'uninstall', 'doctor', 'explain', 'merge-reports'];

describe('help and version', () => {
  it('lists every command, and each has its own help with examples', () => {
    const top = runCli(['--help'], tempDir());
    expect(top.code).toBe(0);
    const listed = [...top.stdout.matchAll(/^ {2}leakguard ([a-z-]+)/gm)].map((m) => m[1]);
    expect(listed).toEqual(expect.arrayContaining(COMMANDS));
    for (const command of COMMANDS) {
      const help = runCli([command, '--help'], tempDir());
      expect(help.code, command).toBe(0);
      const examples = help.stdout.slice(help.stdout.indexOf('\nExamples:\n'));
      expect(examples, command).toMatch(new RegExp(`\\n {2}leakguard ${command}\\b`));
    }
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'], tempDir())).toMatchObject({ code: 0, stdout: `${version}\n` });
  });
});

describe('--quiet and --verbose', () => {
  it('--quiet prints the findings only: no summary, no advice', () => {
    const dir = copyFixture('scan-basic');
    const quiet = runCli(['scan', '--quiet'], dir);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toMatch(/^\.env\n {2}2:19 {2}anthropic-api-key/);
    expect(quiet.stdout).toContain('src/client.ts\n  4:20  slack-webhook-url');
    expect(quiet.stdout).not.toMatch(/Scanned|What to do next/);
    expect(quiet.stderr).toBe('');
  });

  it('--quiet says nothing at all about a clean scan', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'nothing here\n');
    expect(runCli(['scan', '--quiet'], dir)).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('--verbose lists each skipped file and why on stderr, beside any format', () => {
    const dir = copyFixture('scan-basic');
    const result = runCli(['scan', '--verbose', '--format', 'json'], dir);
    expect(result.stderr).toBe('skipped assets/blob.dat: binary\nskipped assets/logo.png: binary\n');
    expect(JSON.parse(result.stdout).stats.skipped).toBe(2);
    expect(runCli(['scan'], dir).stderr).toBe('');
  });

  it('--quiet and --verbose together are an error', () => {
    const result = runCli(['scan', '--quiet', '--verbose'], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*quiet.*verbose.*\n$/);
  });
});

describe('scan warns about sensitive files that git tracks', () => {
  it('names each with its fix on stderr, leaves the report and the exit code alone, and --quiet silences it', () => {
    const dir = newRepo();
    writeFiles(dir, { '.env': 'DEBUG=1\n', 'app/deploy.key': readFileSync(join(repoRoot, 'fixtures/hygiene/server.pem')), 'app/a.txt': 'a\n' });
    commitAll(dir, 'start');
    const result = runCli(['scan', '--format', 'json'], dir);
    expect(result.stderr).toBe(
      [
        "warning: .env: Environment file (.env) in git (fix: git rm --cached .env && echo '.env' >> .gitignore)",
        "warning: app/deploy.key: Private key file (.pem, .key) in git (fix: git rm --cached app/deploy.key && echo '/app/deploy.key' >> .gitignore)",
        '',
      ].join('\n'),
    );
    expect(JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('sensitive-file-env');
    expect(runCli(['scan', '--quiet'], dir).stderr).toBe('');
    const clean = newRepo();
    writeFiles(clean, { '.env': 'DEBUG=1\n' });
    commitAll(clean, 'start');
    expect(runCli(['scan'], clean)).toMatchObject({ code: 0, stderr: expect.stringMatching(/^warning: \.env: /) });
    // A scan of a subfolder names what is under it, relative to it.
    expect(runCli(['scan', 'app'], dir).stderr).toBe(
      "warning: deploy.key: Private key file (.pem, .key) in git (fix: git rm --cached deploy.key && echo '/deploy.key' >> .gitignore)\n",
    );
  });
});

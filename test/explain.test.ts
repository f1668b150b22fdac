import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli, tempDir } from './helpers/cli.js';
import { gitIn } from './helpers/git.js';
import { commitAll, newRepo, parseReport, writeFiles } from './helpers/git-repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const explain = (dir: string, ...args: string[]) => runCli(['explain', ...args], dir);
const SECTIONS = ['What it finds', 'Why it matters', 'How to rotate it', 'If it is not a secret'];
const ruleRotate = (id: string) =>
  (JSON.parse(runCli(['rules', 'list', '--format', 'json'], tempDir()).stdout) as Array<{ id: string; rotate: string }>).find((r) => r.id === id)!.rotate;

describe('leakguard explain RULE-ID', () => {
  it('says what the rule finds, why it matters, how to rotate that credential, and how to allow or baseline it', () => {
    const result = explain(tempDir(), 'anthropic-api-key');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^anthropic-api-key: Anthropic API key\n\nWhat it finds\n/);
    const headings = result.stdout.split('\n').filter((line) => /^[A-Z]/.test(line));
    expect(headings).toEqual(SECTIONS);
    expect(result.stdout).toContain(`How to rotate it\n  ${ruleRotate('anthropic-api-key')}\n`);
    expect(result.stdout).toContain('the issuer’s own format');
    expect(result.stdout).toMatch(/leakguard:allow on its line/);
    expect(result.stdout).toMatch(/baseline/);
  });

  it('tells a rule found by context from one found by format', () => {
    const generic = explain(tempDir(), 'generic-secret-assignment').stdout;
    expect(generic).toContain('the name it is assigned to');
    expect(generic).toContain('a password or a key of any service');
    expect(explain(tempDir(), 'github-pat').stdout).toContain('must also carry the issuer’s checksum');
  });

  it('explains the rules about files that must not be committed', () => {
    const result = explain(tempDir(), 'sensitive-file-env');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('How to fix it\n  git rm --cached FILE');
    expect(result.stdout).toContain('A .env file holds what an app reads at start');
  });

  it('is an error for an unknown id, suggests near ids, and never echoes what it was given', () => {
    const near = explain(tempDir(), 'anthropic');
    expect(near.code).toBe(2);
    expect(near.stderr).toMatch(/^error: no rule has that id.*did you mean anthropic-admin-key, anthropic-api-key/);
    const pasted = explain(tempDir(), keys.GITHUB!);
    expect(pasted.code).toBe(2);
    expect(pasted.stderr).toMatch(/^error: .+\n$/);
    expect(pasted.stderr).not.toContain(keys.GITHUB!.slice(4));
  });
});

describe('leakguard explain FINGERPRINT', () => {
  it('finds the finding in the files here, shows it redacted, then explains its rule', () => {
    const dir = copyFixture('scan-basic');
    const finding = parseReport(runCli(['scan', '--format', 'json'], dir).stdout).findings.find((f) => f.ruleId === 'anthropic-api-key')!;
    const result = explain(dir, finding.fingerprint);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Finding ${finding.fingerprint}\\n  \\.env:2:19  anthropic-api-key  sk-a…\\n\\nanthropic-api-key: Anthropic API key\\n`));
    expect(result.stdout).not.toContain(keys.ANTHROPIC!.slice(8));
  });

  it('finds a staged file finding', () => {
    const dir = newRepo();
    writeFiles(dir, { '.env': 'A=1\n' });
    gitIn(dir, 'add', '.env');
    const [finding] = parseReport(runCli(['staged', '--format', 'json'], dir).stdout).findings;
    expect(explain(dir, finding!.fingerprint).stdout).toMatch(/^Finding \w+\n {2}\.env:1:1 {2}sensitive-file-env .*\n\nsensitive-file-env: /);
  });

  it('finds one of history in the JSON report given, with its commit; without the report it says to give it', () => {
    const dir = newRepo();
    writeFiles(dir, { 'old.env': `TOKEN=${keys.GITHUB}\n` });
    const sha = commitAll(dir, 'add a token');
    gitIn(dir, 'rm', '-q', 'old.env');
    commitAll(dir, 'remove it');
    const reportFile = join(tempDir(), 'history.json');
    runCli(['history', '--format', 'json', '-o', reportFile], dir);
    const [finding] = parseReport(runCli(['history', '--format', 'json'], dir).stdout).findings;
    const result = explain(dir, finding!.fingerprint, '--report', reportFile);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`  old.env:1:7  github-pat  ghp_…\n  in commit ${sha.slice(0, 12)} by Test Author on `);
    const missing = explain(dir, finding!.fingerprint);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: no finding with fingerprint \w{24} in the files here or in what is staged \(.*--report FILE\)\n$/);
  });
});

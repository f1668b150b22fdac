import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';
import { gitRepo, parseReport, readText, writeFiles } from './helpers/repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const BASELINE = '.leakguard-baseline.json';

const repoFiles = () => ({
  '.env': `GITHUB_TOKEN=${keys.GITHUB}\nAWS_ACCESS_KEY_ID=${keys.AWS}\n`,
  'src/app.ts': `const stripe = '${keys.STRIPE}';\n`,
  'docs/notes.md': '# Notes\nAsk the team for the deploy credentials.\n',
});

/** A finding as gitleaks reports it (only the fields leakguard reads vary). */
const gitleaksFinding = (ruleId: string, file: string, secret: string, line: number, commit = '') => ({
  RuleID: ruleId,
  Description: ruleId,
  StartLine: line,
  EndLine: line,
  StartColumn: 1,
  EndColumn: 1 + secret.length,
  Match: secret,
  Secret: secret,
  File: file,
  SymlinkFile: '',
  Commit: commit,
  Entropy: 4,
  Author: '',
  Email: '',
  Date: '',
  Message: '',
  Tags: [],
  Fingerprint: `${commit ? `${commit}:` : ''}${file}:${ruleId}:${line}`,
});

function writeJson(value: unknown): string {
  const file = join(tempDir(), 'import.json');
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

function assertNoSecretIn(path: string): void {
  const bytes = readFileSync(path, 'latin1');
  for (const secret of Object.values(keys)) {
    for (let i = 0; i + 8 <= secret.length; i++) expect(bytes).not.toContain(secret.slice(i, i + 8));
  }
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const commitSha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

describe('leakguard baseline --from-gitleaks', () => {
  it('accepts what the report holds, hashing clear secrets and matching redacted ones by line, and nothing more', () => {
    const dir = gitRepo(repoFiles());
    const report = writeJson([
      gitleaksFinding('github-pat', '.env', keys.GITHUB!, 1),
      { ...gitleaksFinding('aws-access-token', '.env', 'REDACTED', 2), Match: 'AWS_ACCESS_KEY_ID=REDACTED' },
      gitleaksFinding('generic-api-key', 'docs/notes.md', keys.HEX32!, 2),
      gitleaksFinding('github-pat', 'old/removed.yaml', keys.GITHUB_2!, 3, commitSha),
      gitleaksFinding('aws-access-token', 'old/gone.env', `${keys.AWS!.slice(0, 8)}...`, 1, commitSha),
    ]);
    const result = runCli(['baseline', '--from-gitleaks', report], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Imported 5: 2 match current findings, 2 kept for files or commits this scan did not cover, 1 dropped (no longer found).');
    expect(result.stdout).toContain('1 kept entry has no secret hash (a redacted report): matched by file and line only.');
    expect(result.stdout).toContain('1 current finding is not in the import and not accepted');

    const entries = (JSON.parse(readText(dir, BASELINE)) as { entries: Array<Record<string, unknown>> }).entries;
    expect(entries.map((e) => `${e.file} ${e.ruleId} ${e.importedFrom ?? 'native'}`)).toEqual([
      '.env aws-access-key-id native',
      '.env github-pat native',
      'old/gone.env aws-access-token gitleaks',
      'old/removed.yaml github-pat gitleaks',
    ]);
    expect(entries[2]).toMatchObject({ line: 1, commit: commitSha });
    expect(entries[3]).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), commit: commitSha });
    assertNoSecretIn(join(dir, BASELINE));

    // The redacted finding became a line-independent entry: moving it keeps it known.
    writeFiles(dir, { '.env': `\n\nAWS_ACCESS_KEY_ID=${keys.AWS}\nGITHUB_TOKEN=${keys.GITHUB}\n` });
    const scan = parseReport(runCli(['scan', '--format', 'json'], dir).stdout);
    expect(scan.findings.map((f) => `${f.file} ${f.ruleId} ${f.status}`).sort()).toEqual([
      '.env aws-access-key-id known',
      '.env github-pat known',
      'src/app.ts stripe-secret-key new',
    ]);
    expect(scan.baseline!.stale).toEqual([]);
  });

  it('refuses a report that is not a gitleaks report, without printing what it holds', () => {
    const dir = gitRepo(repoFiles());
    const broken = join(tempDir(), 'broken.json');
    writeFileSync(broken, `[{"RuleID": "github-pat", "Secret": "${keys.GITHUB}", `);
    const notJson = runCli(['baseline', '--from-gitleaks', broken], dir);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^error: .*broken\.json: gitleaks report is not valid JSON/);
    expect(notJson.stderr).not.toContain(keys.GITHUB!.slice(4));

    const noFile = writeJson([{ RuleID: 'github-pat', Secret: keys.GITHUB, StartLine: 1 }]);
    const missing = runCli(['baseline', '--from-gitleaks', noFile], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: .*import\.json: \[0\]\.File must be a non-empty string\n$/);
    expect(runCli(['baseline', '--from-gitleaks', writeJson({ findings: [] })], dir).stderr).toMatch(/expected a gitleaks JSON report/);
  });
});

describe('leakguard baseline --from-detect-secrets', () => {
  it('accepts findings whose secret has the SHA-1 detect-secrets stored, keeping its audit verdict', () => {
    const dir = gitRepo(repoFiles());
    const secretsBaseline = writeJson({
      version: '1.5.0',
      plugins_used: [{ name: 'GitHubTokenDetector' }],
      filters_used: [],
      results: {
        '.env': [{ type: 'GitHub Token', filename: '.env', hashed_secret: sha1(keys.GITHUB!), is_verified: false, line_number: 1, is_secret: false }],
        'src/app.ts': [{ type: 'Secret Keyword', filename: 'src/app.ts', hashed_secret: sha1('another value'), is_verified: false, line_number: 1 }],
      },
      generated_at: '2024-01-01T00:00:00Z',
    });
    const result = runCli(['baseline', '--from-detect-secrets', secretsBaseline], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Imported 2: 1 match current findings, 0 kept for files or commits this scan did not cover, 1 dropped (no longer found).');
    expect(result.stdout).toContain('2 current findings are not in the import and not accepted');
    const entries = (JSON.parse(readText(dir, BASELINE)) as { entries: Array<Record<string, unknown>> }).entries;
    expect(entries).toEqual([
      {
        ruleId: 'github-pat',
        file: '.env',
        fingerprint: expect.stringMatching(/^[0-9a-f]{24}$/),
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        reason: 'audited in detect-secrets as not a secret',
      },
    ]);
    assertNoSecretIn(join(dir, BASELINE));
  });

  it('refuses a file without detect-secrets results, naming it', () => {
    const dir = gitRepo(repoFiles());
    const bad = writeJson({ results: { '.env': [{ type: 'GitHub Token', hashed_secret: 'not-a-sha1' }] } });
    const result = runCli(['baseline', '--from-detect-secrets', bad], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*import\.json: results\["\.env"\]\[0\]\.hashed_secret must be 40 hex characters\n$/);
  });
});

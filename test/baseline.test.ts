import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';
import { gitIn } from './helpers/git.js';
import { gitRepo, parseReport, readText, writeFiles } from './helpers/repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const BASELINE = '.leakguard-baseline.json';

/** A repository with three findings in two files, and its baseline written. */
function baselinedRepo(): string {
  const dir = gitRepo({
    'config/deploy.yaml': `env:\n  GITHUB_TOKEN: ${keys.GITHUB}\n  AWS_ACCESS_KEY_ID: ${keys.AWS}\n`,
    'src/client.ts': `export const key = '${keys.ANTHROPIC}';\n`,
  });
  const written = runCli(['baseline'], dir);
  expect(written.code).toBe(0);
  return dir;
}

const scanJson = (dir: string, ...args: string[]) => {
  const run = runCli(['scan', '--format', 'json', ...args], dir);
  return { code: run.code, report: parseReport(run.stdout), stderr: run.stderr };
};
const statuses = (dir: string) =>
  scanJson(dir)
    .report.findings.map((f) => `${f.file} ${f.ruleId} ${f.status}`)
    .sort();

describe('leakguard baseline', () => {
  it('writes one sorted entry per finding: rule, file, fingerprint and a hash, and says what it added', () => {
    const dir = baselinedRepo();
    const baseline = JSON.parse(readText(dir, BASELINE)) as { version: number; entries: Array<Record<string, string>> };
    expect(baseline.version).toBe(1);
    expect(baseline.entries.map((e) => `${e.file} ${e.ruleId}`)).toEqual([
      'config/deploy.yaml aws-access-key-id',
      'config/deploy.yaml github-pat',
      'src/client.ts anthropic-api-key',
    ]);
    for (const entry of baseline.entries) {
      expect(Object.keys(entry)).toEqual(['ruleId', 'file', 'fingerprint', 'sha256']);
      expect(entry.fingerprint).toMatch(/^[0-9a-f]{24}$/);
      expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const report = scanJson(dir).report;
    expect(report.findings.map((f) => f.fingerprint).sort()).toEqual(baseline.entries.map((e) => e.fingerprint).sort());
  });

  it('gives the same bytes when run twice', () => {
    const dir = baselinedRepo();
    const first = readFileSync(join(dir, BASELINE));
    const again = runCli(['baseline'], dir);
    expect(again.stdout).toMatch(/^Wrote \.leakguard-baseline\.json: 3 entries, 0 added, 0 pruned\.\n/);
    expect(readFileSync(join(dir, BASELINE)).equals(first)).toBe(true);
  });

  it('holds no secret, not even part of one, in any byte', () => {
    const dir = baselinedRepo();
    const bytes = readFileSync(join(dir, BASELINE), 'latin1');
    for (const secret of Object.values(keys)) {
      for (let i = 0; i + 8 <= secret.length; i++) expect(bytes).not.toContain(secret.slice(i, i + 8));
    }
  });
});

describe('scanning with a baseline', () => {
  it('reports baselined findings as known and exits 0', () => {
    const dir = baselinedRepo();
    const text = runCli(['scan'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/: 0 new · 3 known · 0 stale\.$/m);
    expect(text.stdout).not.toContain('github-pat'); // known findings are counted, not listed
    expect(statuses(dir)).toEqual([
      'config/deploy.yaml aws-access-key-id known',
      'config/deploy.yaml github-pat known',
      'src/client.ts anthropic-api-key known',
    ]);
  });

  it('fails only on a new finding, and lists only it', () => {
    const dir = baselinedRepo();
    writeFiles(dir, { 'src/new.ts': `const token = '${keys.GITHUB_2}';\n` });
    const text = runCli(['scan'], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('src/new.ts\n  1:16  github-pat');
    expect(text.stdout).not.toContain('config/deploy.yaml');
    expect(text.stdout).toMatch(/: 1 new · 3 known · 0 stale\.$/m);
  });

  it('keeps a finding known when lines are inserted above it or it moves', () => {
    const dir = baselinedRepo();
    writeFiles(dir, {
      'config/deploy.yaml': `# deployment\n\nenv:\n  AWS_ACCESS_KEY_ID: ${keys.AWS}\n  REGION: eu-west-1\n  GITHUB_TOKEN: ${keys.GITHUB}\n`,
      'src/client.ts': `// client\n\n\nexport const unused = 1;\nexport const key = '${keys.ANTHROPIC}';\n`,
    });
    expect(scanJson(dir).code).toBe(0);
    expect(statuses(dir).every((line) => line.endsWith(' known'))).toBe(true);
  });

  it('keeps a finding known when the file is reformatted', () => {
    const dir = baselinedRepo();
    writeFiles(dir, {
      'config/deploy.yaml': `env: { GITHUB_TOKEN: "${keys.GITHUB}", AWS_ACCESS_KEY_ID: "${keys.AWS}" }\n`,
      'src/client.ts': `export const key =\n    "${keys.ANTHROPIC}"\n;\n`,
    });
    const { code, report } = scanJson(dir);
    expect(code).toBe(0);
    expect(report.findings).toHaveLength(3);
  });

  it('keeps a finding known when its file is renamed with git mv, and --update-baseline records the new path', () => {
    const dir = baselinedRepo();
    gitIn(dir, 'mv', 'config/deploy.yaml', 'config/deploy-prod.yaml');
    const { code, report } = scanJson(dir);
    expect(code).toBe(0);
    expect(report.baseline!.stale).toEqual([]);
    expect(statuses(dir)).toContain('config/deploy-prod.yaml github-pat known');

    const update = runCli(['scan', '--update-baseline'], dir);
    expect(update.stderr).toMatch(/Updated \.leakguard-baseline\.json: 3 entries, 0 added, 0 pruned\./);
    const files = (JSON.parse(readText(dir, BASELINE)) as { entries: Array<{ file: string }> }).entries.map((e) => e.file);
    expect(files).toEqual(['config/deploy-prod.yaml', 'config/deploy-prod.yaml', 'src/client.ts']);
  });

  it('treats a copy of a known secret into another file as new while the original stays', () => {
    const dir = baselinedRepo();
    writeFiles(dir, { 'config/copy.yaml': `GITHUB_TOKEN: ${keys.GITHUB}\n` });
    expect(statuses(dir)).toContain('config/copy.yaml github-pat new');
  });

  it('reports a different secret on a baselined line as new, and the old entry as stale', () => {
    const dir = baselinedRepo();
    writeFiles(dir, { 'config/deploy.yaml': `env:\n  GITHUB_TOKEN: ${keys.GITHUB_2}\n  AWS_ACCESS_KEY_ID: ${keys.AWS}\n` });
    const text = runCli(['scan'], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('config/deploy.yaml\n  2:17  github-pat');
    expect(text.stdout).toContain('Stale in .leakguard-baseline.json');
    expect(text.stdout).toMatch(/: 1 new · 2 known · 1 stale\.$/m);
    expect(scanJson(dir).report.baseline!.stale).toEqual([
      { ruleId: 'github-pat', file: 'config/deploy.yaml', fingerprint: expect.stringMatching(/^[0-9a-f]{24}$/) },
    ]);
  });

  it('--update-baseline adds new findings, prunes stale ones, says which, and keeps reasons', () => {
    const dir = baselinedRepo();
    const baseline = JSON.parse(readText(dir, BASELINE)) as { entries: Array<Record<string, string>> };
    baseline.entries.find((e) => e.ruleId === 'anthropic-api-key')!.reason = 'test workspace key, revoked';
    writeFileSync(join(dir, BASELINE), JSON.stringify(baseline, null, 2));
    writeFiles(dir, {
      'config/deploy.yaml': `env:\n  AWS_ACCESS_KEY_ID: ${keys.AWS}\n`,
      'src/new.ts': `const token = '${keys.GITHUB_2}';\n`,
    });
    const update = runCli(['scan', '--update-baseline', '--format', 'json'], dir);
    expect(update.code).toBe(0);
    expect(parseReport(update.stdout).findings).toHaveLength(3); // stdout stays a clean report
    expect(update.stderr).toMatch(/^Updated \.leakguard-baseline\.json: 3 entries, 1 added, 1 pruned\.\n/);
    expect(update.stderr).toMatch(/\n {2}\+ src\/new\.ts {2}github-pat {2}[0-9a-f]{24}\n/);
    expect(update.stderr).toMatch(/\n {2}- config\/deploy\.yaml {2}github-pat {2}[0-9a-f]{24}\n/);
    expect(readText(dir, BASELINE)).toContain('"reason": "test workspace key, revoked"');
    expect(runCli(['scan'], dir).stdout).toMatch(/: 0 new · 3 known · 0 stale\.$/m);
  });

  it('reports entries of a deleted file or removed secret as stale without touching the baseline', () => {
    const dir = baselinedRepo();
    const before = readText(dir, BASELINE);
    gitIn(dir, 'rm', '-q', 'src/client.ts');
    const { code, report } = scanJson(dir);
    expect(code).toBe(0);
    expect(report.baseline!.stale.map((s) => `${s.file} ${s.ruleId}`)).toEqual(['src/client.ts anthropic-api-key']);
    expect(readText(dir, BASELINE)).toBe(before);
  });

  it('uses the baseline at the git top level when a subfolder is scanned', () => {
    const dir = baselinedRepo();
    const { code, report } = scanJson(join(dir, 'config'), '.');
    expect(code).toBe(0);
    expect(report.findings.map((f) => `${f.file} ${f.status}`)).toEqual(['deploy.yaml known', 'deploy.yaml known']);
    expect(report.baseline!.stale).toEqual([]); // src/client.ts was not scanned: neither known nor stale
  });

  it('takes --baseline FILE for writing and reading', () => {
    const dir = gitRepo({ '.env': `GITHUB_TOKEN=${keys.GITHUB}\n` });
    const file = join(tempDir(), 'accepted.json');
    expect(runCli(['baseline', '--baseline', file], dir).code).toBe(0);
    expect(runCli(['scan'], dir).code).toBe(1); // no default baseline here
    expect(runCli(['scan', '--baseline', file], dir).code).toBe(0);
  });
});

describe('a baseline that cannot be used is an error naming it, never ignored', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['from a future version', '{"version": 2, "entries": []}', /baseline version 2 was written by a newer leakguard/],
    ['with merge-conflict markers', '{\n<<<<<<< HEAD\n"version": 1,\n=======\n>>>>>>> other\n}', /:2: baseline has merge-conflict markers/],
    ['that is not JSON', '{"version": 1, "entries": [', /baseline is not valid JSON/],
    [
      'with an entry without its file',
      `{"version": 1, "entries": [{"ruleId": "github-pat", "fingerprint": "${'0'.repeat(24)}", "sha256": "${'a'.repeat(64)}"}]}`,
      /"entries\[0\]" needs "file"/,
    ],
    [
      'with a malformed hash',
      `{"version": 1, "entries": [{"ruleId": "github-pat", "file": "a", "fingerprint": "${'0'.repeat(24)}", "sha256": "00"}]}`,
      /"entries\[0\]\.sha256" must be a string matching/,
    ],
    ['with an unknown key', '{"version": 1, "entries": [], "extra": true}', /unknown key "extra"/],
  ];
  it.each(cases)('%s', (_name, content, message) => {
    const dir = gitRepo({ '.env': `GITHUB_TOKEN=${keys.GITHUB}\n` });
    writeFileSync(join(dir, BASELINE), content);
    for (const args of [['scan'], ['scan', '--update-baseline'], ['baseline']]) {
      const result = runCli(args, dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: .+\n$/);
      expect(result.stderr).toContain('.leakguard-baseline.json');
      expect(result.stderr).toMatch(message);
      expect(readText(dir, BASELINE)).toBe(content);
    }
  });

  it('a --baseline FILE that does not exist', () => {
    const dir = gitRepo({ '.env': `GITHUB_TOKEN=${keys.GITHUB}\n` });
    const result = runCli(['scan', '--baseline', 'missing.json'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: baseline .*missing\.json not found \(write it with leakguard baseline/);
  });
});

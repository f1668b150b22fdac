import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';
import { commitAll, newRepo, parseReport, writeFiles, type JsonReport } from './helpers/git-repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');

/** Three local repositories, `history --format json` of each written to `<folder>/<name>.json`, as CI jobs would. */
function organisation(): { reports: string; files: string[]; each: Record<string, JsonReport> } {
  const repos: Record<string, Array<Record<string, string>>> = {
    api: [{ 'config/app.env': `GITHUB_TOKEN=${keys.GITHUB}\n` }, { 'src/aws.ts': `const id = "${keys.AWS}";\n` }],
    web: [{ 'README.md': '# web\n' }, { '.env.production': `STRIPE_KEY=${keys.STRIPE}\n` }, { 'src/app.ts': 'export {};\n' }],
    docs: [{ 'index.md': '# docs\nSet OPENAI_API_KEY=sk-... in your shell.\n' }],
  };
  const reports = tempDir();
  const files: string[] = [];
  const each: Record<string, JsonReport> = {};
  for (const [name, commits] of Object.entries(repos)) {
    const dir = newRepo();
    commits.forEach((files, i) => (writeFiles(dir, files), commitAll(dir, `commit ${i + 1}`)));
    const file = join(reports, `${name}.json`);
    const result = runCli(['history', '--format', 'json', '--output', file], dir);
    expect(result.code).toBe(name === 'docs' ? 0 : 1);
    files.push(file);
    each[name] = parseReport(readFileSync(file, 'utf8'));
  }
  return { reports, files, each };
}

const sum = (reports: JsonReport[], key: string) => reports.reduce((total, report) => total + Number(report.stats[key]), 0);

describe('leakguard merge-reports', () => {
  it('merges the history reports of three repositories into one of the same shape, labelled by file name, stats summed', () => {
    const { files, each } = organisation();
    const result = runCli(['merge-reports', ...files], tempDir());
    expect(result.code).toBe(1);
    const merged = JSON.parse(result.stdout) as JsonReport;
    expect(Object.keys(merged)).toEqual(['version', 'findings', 'stats']);
    expect(merged.version).toBe(1);
    const found = merged.findings.map((f) => `${(f as unknown as { repository: string }).repository} ${f.file} ${f.ruleId}`);
    expect(found).toEqual(['api config/app.env github-pat', 'api src/aws.ts aws-access-key-id', 'web .env.production stripe-secret-key']);
    const reports = Object.values(each);
    for (const key of ['commits', 'files', 'lines', 'bytes', 'skipped', 'durationMs']) expect(merged.stats[key], key).toBe(sum(reports, key));
    expect(merged.stats.commits).toBe(6);
    expect(merged.stats.truncated).toBe(false);
    // The findings are the reports' own, redacted as they were.
    expect(merged.findings.map((f) => f.fingerprint)).toEqual(reports.flatMap((r) => r.findings.map((f) => f.fingerprint)));
    expect(result.stdout).not.toContain(keys.GITHUB!.slice(6));
  });

  it('takes labels from --label, writes --output, and keeps the labels of a report merged before', () => {
    const { files, reports } = organisation();
    const out = join(reports, 'org.json');
    const labelled = runCli(['merge-reports', ...files, '-l', 'acme/api', '-l', 'acme/web', '-l', 'acme/docs', '-o', out], tempDir());
    expect(labelled).toMatchObject({ code: 1, stdout: '' });
    const merged = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
    expect(merged.findings.map((f) => (f as unknown as { repository: string }).repository)).toEqual(['acme/api', 'acme/api', 'acme/web']);
    const again = JSON.parse(runCli(['merge-reports', out, files[2]!], tempDir()).stdout) as JsonReport;
    expect(again.findings.map((f) => (f as unknown as { repository: string }).repository)).toEqual(['acme/api', 'acme/api', 'acme/web']);
    expect(again.stats.commits).toBe(merged.stats.commits as number + 1);
  });

  it('exits 0 when no report has a finding', () => {
    const { files } = organisation();
    expect(runCli(['merge-reports', files[2]!, files[2]!], tempDir()).code).toBe(0);
  });

  it('is an error, naming the file, for what is not a JSON report, and for a label count that does not fit', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'sarif.json'), '{"version": "2.1.0", "runs": []}');
    writeFileSync(join(dir, 'broken.json'), '{"version": 1, ');
    for (const args of [['sarif.json'], ['broken.json'], ['missing.json'], ['sarif.json', '--label', 'a', '--label', 'b']]) {
      const result = runCli(['merge-reports', ...args], dir);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^error: .+\n$/);
      expect(result.stdout).toBe('');
    }
    expect(runCli(['merge-reports', 'sarif.json'], dir).stderr).toMatch(/sarif\.json is not a leakguard JSON report/);
  });
});

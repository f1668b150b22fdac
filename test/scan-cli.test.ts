import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli, tempDir } from './helpers/cli.js';
import { gitIn, initRepo } from './helpers/git.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const basicSecrets = Object.values(fixtureValues('scan-basic/.env'));

interface JsonReport {
  version: number;
  findings: Array<Record<string, unknown>>;
  stats: Record<string, number>;
}
const parseReport = (text: string) => JSON.parse(text) as JsonReport;
const summary = (report: JsonReport) =>
  report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`).sort();

describe('leakguard scan (outside git)', () => {
  it('finds every planted key at its line and column, and nothing in placeholders', () => {
    const dir = copyFixture('scan-basic');
    const result = runCli(['scan', '.', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const report = parseReport(result.stdout);
    expect(summary(report)).toEqual([
      '.env:2:19 anthropic-api-key',
      '.env:3:20 openrouter-api-key',
      '.env:4:12 generic-secret-assignment',
      'config/deploy.yaml:3:12 github-pat',
      'config/deploy.yaml:7:12 aws-access-key-id',
      'src/client.ts:4:20 slack-webhook-url',
    ]);
  });

  it('writes exactly the documented JSON shape, redacted', () => {
    const dir = copyFixture('scan-basic');
    const report = parseReport(runCli(['scan', '--format', 'json'], dir).stdout);
    expect(Object.keys(report)).toEqual(['version', 'findings', 'stats']);
    expect(report.version).toBe(1);
    expect(Object.keys(report.stats).sort()).toEqual(['bytes', 'durationMs', 'files', 'skipped']);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(
        expect.arrayContaining(['ruleId', 'description', 'file', 'line', 'column', 'endLine', 'endColumn', 'match', 'secretHash', 'fingerprint', 'entropy']),
      );
      expect(String(finding.match)).toMatch(/^.{0,4}…$/);
    }
    const anthropic = report.findings.find((f) => f.ruleId === 'anthropic-api-key')!;
    expect(anthropic.endColumn).toBe(19 + keys.ANTHROPIC!.length);
    expect(report.stats.files).toBe(5);
    expect(report.stats.skipped).toBe(2);
  });

  it('never prints a secret in clear unless --show-secrets', () => {
    const dir = copyFixture('scan-basic');
    for (const format of ['text', 'json']) {
      const result = runCli(['scan', '--format', format], dir);
      for (const secret of basicSecrets) expect(result.stdout + result.stderr).not.toContain(secret.slice(8));
    }
    const shown = runCli(['scan', '--format', 'json', '--show-secrets'], dir);
    expect(parseReport(shown.stdout).findings.map((f) => f.match)).toContain(keys.ANTHROPIC);
  });

  it('prints a text report grouped by file: location, rule, the redacted line with the span marked, rotation; then a summary and next steps', () => {
    const dir = copyFixture('scan-basic');
    const result = runCli(['scan'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      [
        '.env',
        '  2:19  anthropic-api-key  Anthropic API key',
        '      ANTHROPIC_API_KEY=sk-a…',
        '                        ^^^^^',
        '      rotate: Delete the key at https://console.anthropic.com/settings/keys and create a new one for the workspace.',
        '  3:20  openrouter-api-key  OpenRouter API key',
      ].join('\n'),
    );
    // Each file once, in the order met, each followed by its findings only.
    const headers = result.stdout.split('\n').filter((line) => /^\S/.test(line));
    expect(headers.slice(0, 3)).toEqual(['.env', 'config/deploy.yaml', 'src/client.ts']);
    expect(result.stdout).toContain('src/client.ts\n  4:20  slack-webhook-url');
    expect(result.stdout).toMatch(/\n\nScanned 5 files \(.+, 2 skipped\) in \d+ ms: 6 secrets found\.\n\nWhat to do next:\n  1\. Rotate each secret at its issuer.*\n  2\. .*\n  3\. Not a secret\? Put leakguard:allow on its line, or accept it in the baseline\..*\n$/);
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  it('colours the text report only when asked and allowed', () => {
    const dir = copyFixture('scan-basic');
    // FORCE_COLOR makes chalk colour a pipe; NO_COLOR and --no-color still win.
    const forced = runCli(['scan'], dir, { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(forced.stdout).not.toMatch(/\x1b\[/); // stdout is a pipe, not a TTY
    const noColor = runCli(['scan', '--no-color'], dir, { NO_COLOR: undefined });
    expect(noColor.stdout).not.toMatch(/\x1b\[/);
  });

  it('--min-confidence high leaves out what context rules find', () => {
    const dir = copyFixture('scan-basic');
    const report = parseReport(runCli(['scan', '--format', 'json', '--min-confidence', 'high'], dir).stdout);
    expect(report.findings.map((f) => f.ruleId)).not.toContain('generic-secret-assignment');
    expect(report.findings).toHaveLength(5);
    expect(report.findings.every((f) => f.confidence === 'high')).toBe(true);
  });

  it('exits 0 on a clean tree', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), '# nothing to see\nSet OPENAI_API_KEY=sk-... in your shell.\n');
    const result = runCli(['scan', '.'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Scanned 1 file .* no secrets found\./);
  });

  it('writes the report to --output and nothing to stdout', () => {
    const dir = copyFixture('scan-basic');
    const out = join(tempDir(), 'report.json');
    const result = runCli(['scan', '--format', 'json', '--output', out], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(parseReport(readFileSync(out, 'utf8')).findings).toHaveLength(6);
  });

  it('skips binary files and files over --max-file-size, and counts them', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.txt'), `TOKEN=${keys.GITHUB}\n${'a'.repeat(2000)}\n`);
    writeFileSync(join(dir, 'small.txt'), `TOKEN=${keys.GITHUB_2}\n`);
    writeFileSync(join(dir, 'blob.bin.txt'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(keys.AWS!)]));
    const report = parseReport(runCli(['scan', '--format', 'json', '--max-file-size', '1000'], dir).stdout);
    expect(report.findings.map((f) => f.file)).toEqual(['small.txt']);
    expect(report.stats).toMatchObject({ files: 1, skipped: 2 });
  });

  it('never scans .git, even with --all-files', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'config'), `token = ${keys.GITHUB}\n`);
    const result = runCli(['scan', '--all-files', '--format', 'json'], dir);
    expect(result.code).toBe(0);
  });

  it('scans a single file given by path, relative to its folder', () => {
    const dir = copyFixture('scan-basic');
    const report = parseReport(runCli(['scan', 'config/deploy.yaml', '--format', 'json'], dir).stdout);
    expect(report.findings.map((f) => f.file)).toEqual(['deploy.yaml', 'deploy.yaml']);
  });

  it('reads UTF-16 files and drops a UTF-8 byte order mark', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`KEY=${keys.GITHUB}\n`, 'utf16le')]));
    writeFileSync(join(dir, 'bom.txt'), `\ufeffKEY=${keys.GITHUB_2}\n`);
    const report = parseReport(runCli(['scan', '--format', 'json'], dir).stdout);
    expect(summary(report)).toEqual(['bom.txt:1:5 github-pat', 'utf16.txt:1:5 github-pat']);
  });
});

describe('leakguard scan (inside git)', () => {
  it('scans what git sees: tracked and untracked files, not ignored ones', () => {
    const dir = tempDir();
    initRepo(dir);
    writeFileSync(join(dir, '.gitignore'), '.env\n');
    writeFileSync(join(dir, '.env'), `GITHUB_TOKEN=${keys.GITHUB}\n`);
    writeFileSync(join(dir, 'tracked.yaml'), `token: ${keys.GITHUB_2}\n`);
    gitIn(dir, 'add', '.gitignore', 'tracked.yaml');
    gitIn(dir, 'commit', '-qm', 'init');
    writeFileSync(join(dir, 'untracked.txt'), `key=${keys.AWS}\n`);
    const report = parseReport(runCli(['scan', '--format', 'json'], dir).stdout);
    expect(report.findings.map((f) => f.file).sort()).toEqual(['tracked.yaml', 'untracked.txt']);
    const all = parseReport(runCli(['scan', '--all-files', '--format', 'json'], dir).stdout);
    expect(all.findings.map((f) => f.file).sort()).toEqual(['.env', 'tracked.yaml', 'untracked.txt']);
  });

  it('reports paths relative to a scanned subfolder', () => {
    const dir = tempDir();
    initRepo(dir);
    mkdirSync(join(dir, 'app', 'config'), { recursive: true });
    writeFileSync(join(dir, 'app', 'config', 'keys.txt'), `key=${keys.AWS}\n`);
    const report = parseReport(runCli(['scan', 'app', '--format', 'json'], dir).stdout);
    expect(report.findings.map((f) => f.file)).toEqual(['config/keys.txt']);
  });
});

describe('config file', () => {
  it('excludes paths by glob from .leakguard.yaml at the root', () => {
    const dir = copyFixture('scan-basic');
    writeFileSync(join(dir, '.leakguard.yaml'), 'exclude:\n  - config/\n  - "**/*.ts"\n');
    const report = parseReport(runCli(['scan', '--format', 'json'], dir).stdout);
    expect([...new Set(report.findings.map((f) => f.file))]).toEqual(['.env']);
  });

  it('finds the config at the git top level when a subfolder is scanned', () => {
    const dir = tempDir();
    initRepo(dir);
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app', 'a.txt'), `key=${keys.AWS}\n`);
    writeFileSync(join(dir, '.leakguard.json'), '{"exclude": ["a.txt"]}');
    expect(runCli(['scan', 'app'], dir).code).toBe(0);
  });

  it('takes --config FILE', () => {
    const dir = copyFixture('scan-basic');
    const config = join(tempDir(), 'custom.yaml');
    writeFileSync(config, 'exclude: [".env", config, src]\n');
    expect(runCli(['scan', '--config', config], dir).code).toBe(0);
  });
});

describe('errors exit 2 with one line that says what to fix', () => {
  const cases: Array<[string, (dir: string) => string[]]> = [
    ['an unknown flag', () => ['scan', '--frobnicate']],
    ['a missing path', () => ['scan', 'no/such/dir']],
    ['an unknown format', () => ['scan', '--format', 'xml']],
    ['a broken config', (dir) => (writeFileSync(join(dir, '.leakguard.yaml'), 'exclude: [unclosed\n'), ['scan'])],
    ['an unknown config key', (dir) => (writeFileSync(join(dir, '.leakguard.yaml'), 'exclude: []\nexlcude: []\n'), ['scan'])],
    ['a config key of the wrong type', (dir) => (writeFileSync(join(dir, '.leakguard.yaml'), 'exclude: docs\n'), ['scan'])],
    ['a missing --config file', () => ['scan', '--config', 'nope.yaml']],
    ['an unwritable --output', () => ['scan', '--output', '/nonexistent-dir/report.json']],
  ];
  it.each(cases)('%s', (_name, setup) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), `key=${keys.AWS}\n`);
    const result = runCli(setup(dir), dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .+\n$/);
    expect(result.stdout).toBe('');
  });

  it('names the config file and key', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.leakguard.yaml'), 'exlcude: []\n');
    expect(runCli(['scan'], dir).stderr).toMatch(/\.leakguard\.yaml:1: unknown key "exlcude" \(known: /);
  });
});

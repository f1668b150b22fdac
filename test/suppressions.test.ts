import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../src/engine/detect.js';
import { compileRules } from '../src/ruleset/compile.js';
import { loadBuiltinRules } from '../src/ruleset/load-rules.js';
import { runCli, tempDir } from './helpers/cli.js';
import { gitRepo, parseReport, readText, writeFiles } from './helpers/repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const GITHUB = keys.GITHUB!;
const AWS = keys.AWS!;

const findingsIn = (dir: string, ...args: string[]) =>
  parseReport(runCli(['scan', '--format', 'json', ...args], dir).stdout).findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);

describe('inline allow comments', () => {
  const allowed: Array<[string, string]> = [
    ['leakguard:allow in a # comment', `token = "${GITHUB}"  # leakguard:allow\n`],
    ['leakguard:allow with a reason', `const t = '${GITHUB}'; // leakguard:allow -- test vector\n`],
    ['leakguard:allow followed by a note', `const t = '${GITHUB}'; // leakguard:allow test vector\n`],
    ['leakguard:allow naming the rule in a block comment', `/* leakguard:allow github-pat */ const t = '${GITHUB}';\n`],
    ['leakguard:allow naming the rule in an HTML comment', `<code>${GITHUB}</code> <!-- leakguard:allow github-pat -->\n`],
    ['leakguard:allow in an SQL comment', `SELECT '${GITHUB}'; -- leakguard:allow\n`],
    ['gitleaks:allow', `token: ${GITHUB} # gitleaks:allow\n`],
    ['pragma: allowlist secret', `token = "${GITHUB}"  # pragma: allowlist secret\n`],
    ['pragma: allowlist nextline secret on the line above', `# pragma: allowlist nextline secret\ntoken = "${GITHUB}"\n`],
  ];
  it.each(allowed)('%s hides the finding; --no-inline-allow shows it', (_name, text) => {
    const dir = tempDir();
    writeFiles(dir, { 'app.txt': text });
    expect(findingsIn(dir)).toEqual([]);
    expect(runCli(['scan'], dir).code).toBe(0);
    expect(findingsIn(dir, '--no-inline-allow')).toEqual([`app.txt:${text.split('\n').length - 1} github-pat`]);
  });

  const reported: Array<[string, string, string[]]> = [
    ['a rule-scoped allow leaves other rules on the line', `${GITHUB} ${AWS} # leakguard:allow github-pat -- fake pair\n`, ['app.txt:1 aws-access-key-id']],
    ['an allow for another rule', `${GITHUB} # leakguard:allow aws-access-key-id -- wrong rule\n`, ['app.txt:1 github-pat']],
    ['a misspelt rule before --', `${GITHUB} # leakguard:allow gihub-pat -- typo\n`, ['app.txt:1 github-pat']],
    ['a next-line pragma two lines up', `# pragma: allowlist nextline secret\n\ntoken = "${GITHUB}"\n`, ['app.txt:3 github-pat']],
  ];
  it.each(reported)('%s: still reported', (_name, text, expected) => {
    const dir = tempDir();
    writeFiles(dir, { 'app.txt': text });
    expect(findingsIn(dir)).toEqual(expected);
  });
});

describe('a next-line pragma in a diff', () => {
  const ruleset = compileRules(loadBuiltinRules());
  const text = `# pragma: allowlist nextline secret\ntoken = "${GITHUB}"\n`;

  it('is honoured when the line above the secret is the pragma in the file too', () => {
    expect(detect({ path: 'a.txt', text, startLine: 1, lineMap: [9, 10] }, ruleset)).toEqual([]);
  });

  it('is not honoured when the diff skips file lines between them', () => {
    const findings = detect({ path: 'a.txt', text, startLine: 1, lineMap: [4, 10] }, ruleset);
    expect(findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['10 github-pat']);
  });
});

describe('.leakguardignore', () => {
  const twoFindings = () =>
    gitRepo({ 'config/app.yaml': `github: ${GITHUB}\naws: ${AWS}\n`, 'README.md': '# app\n' });
  const fingerprintOf = (dir: string, ruleId: string) =>
    String(parseReport(runCli(['scan', '--format', 'json'], dir).stdout).findings.find((f) => f.ruleId === ruleId)!.fingerprint);

  it('silences a finding by fingerprint, with a reason, and counts it', () => {
    const dir = twoFindings();
    writeFileSync(join(dir, '.leakguardignore'), `# fake keys\n${fingerprintOf(dir, 'github-pat')}  # test token, revoked\n`);
    expect(findingsIn(dir)).toEqual(['config/app.yaml:2 aws-access-key-id']);
    expect(runCli(['scan'], dir).stdout).toMatch(/: 1 secret found, 1 ignored\.$/m);
    expect(parseReport(runCli(['scan', '--format', 'json'], dir).stdout).ignored).toBe(1);
  });

  it('applies at the git top level when a subfolder is scanned', () => {
    const dir = twoFindings();
    writeFileSync(join(dir, '.leakguardignore'), `${fingerprintOf(dir, 'github-pat')}\n`);
    expect(findingsIn(join(dir, 'config'))).toEqual(['app.yaml:2 aws-access-key-id']);
  });

  it('refuses a line that is not a fingerprint, naming the line and not echoing it', () => {
    const dir = twoFindings();
    writeFileSync(join(dir, '.leakguardignore'), `# reasons follow\n${GITHUB}\n`);
    const result = runCli(['scan'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*\.leakguardignore:2: expected a fingerprint \(24 hex characters, as in a report\)/);
    expect(result.stderr).not.toContain(GITHUB.slice(4));
  });

  it('leakguard ignore appends fingerprints once, with the reason, and never a secret', () => {
    const dir = twoFindings();
    const github = fingerprintOf(dir, 'github-pat');
    const aws = fingerprintOf(dir, 'aws-access-key-id');
    const first = runCli(['ignore', github, '--reason', 'test token\nrevoked'], dir);
    expect(first).toMatchObject({ code: 0, stdout: 'Added 1 to .leakguardignore.\n' });
    expect(runCli(['ignore', github, aws], dir).stdout).toBe('Added 1 to .leakguardignore.\n');
    expect(runCli(['ignore', aws], dir).stdout).toBe('.leakguardignore already holds it.\n');
    expect(readText(dir, '.leakguardignore')).toBe(`${github}  # test token revoked\n${aws}\n`);
    expect(runCli(['scan'], dir).code).toBe(0);
    const bytes = readFileSync(join(dir, '.leakguardignore'), 'latin1');
    for (const secret of Object.values(keys)) {
      for (let i = 0; i + 8 <= secret.length; i++) expect(bytes).not.toContain(secret.slice(i, i + 8));
    }
  });

  it('leakguard ignore refuses what is not a fingerprint without printing it', () => {
    const dir = twoFindings();
    const result = runCli(['ignore', GITHUB], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: argument 1 is not a fingerprint (copy the 24 hex characters of "fingerprint" from a JSON report)\n');
  });
});

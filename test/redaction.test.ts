import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectWithDecoding } from '../src/engine/detect-decoded.js';
import { MAX_FINDINGS_PER_RULE } from '../src/engine/detect.js';
import { redactedLine } from '../src/report/redact.js';
import { renderText } from '../src/report/text.js';
import { compileRules } from '../src/ruleset/compile.js';
import { loadBuiltinRules } from '../src/ruleset/load-rules.js';
import { repoRoot } from './helpers/cli.js';
import { expectNoSecret, fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const ruleset = compileRules(loadBuiltinRules());
const scan = (text: string) => detectWithDecoding({ path: 'f', text, startLine: 1 }, ruleset);
const textReport = (text: string) =>
  renderText({ findings: scan(text), stats: { files: 1, bytes: text.length, skipped: 0, durationMs: 0 }, skips: [], rules: ruleset.rules }, { color: false, showSecrets: false });

describe('the line shown beside a finding', () => {
  it('hides a copy of the secret that the rule did not match there', () => {
    const [finding] = scan(`DB_PASSWORD=${keys.PASSWORD}; mysql -p ${keys.PASSWORD}`);
    expect(finding?.secret).toBe(keys.PASSWORD);
    const shown = `${keys.PASSWORD!.slice(0, 4)}…`;
    expect(redactedLine(finding!, false, [finding!]).text).toBe(`DB_PASSWORD=${shown}; mysql -p ${shown}`);
  });

  it('hides a long key whose start the window cuts off', () => {
    // A private key flattened into a JSON string: longer than the part of a line a finding's window reads.
    const body = readFileSync(join(repoRoot, 'rules/private-key.yaml'), 'utf8').match(/^ {8}[A-Za-z0-9+/=]{64}$/gm)!.map((l) => l.trim());
    const pem = ['-----BEGIN PRIVATE KEY-----', ...body, ...body, ...body, '-----END PRIVATE KEY-----'].join('\\n');
    const line = `{"private_key": "${pem}", "token": "${keys.GITHUB}"}`;
    expect(scan(line).map((f) => f.ruleId).sort()).toEqual(['github-pat', 'private-key-pem']);
    expect(pem.length).toBeGreaterThan(1200);
    expectNoSecret(textReport(line), [keys.GITHUB!, ...body]);
  });

  it('shows no text of a line that holds more keys than a rule reports, nor of a line with more than fifty', () => {
    const many = (count: number) => Array.from({ length: count }, () => `"${keys.AWS}"`).join(',');
    for (const count of [60, MAX_FINDINGS_PER_RULE + 5]) {
      const findings = scan(`${many(count)},"${keys.GITHUB}"`);
      const github = findings.find((f) => f.ruleId === 'github-pat')!;
      expect(redactedLine(github, false, findings).text).toBe('ghp_…');
    }
  });

  it('shows secrets in clear only when asked, its own and the others', () => {
    const findings = scan(`tokens: ${keys.GITHUB} ${keys.GITHUB_2}`);
    expect(redactedLine(findings[0]!, true, findings).text).toBe(`tokens: ${keys.GITHUB} ${keys.GITHUB_2}`);
    expect(redactedLine(findings[1]!, false, findings).text).toBe('tokens: ghp_… ghp_…');
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli, tempDir } from './helpers/cli.js';
import { expectValidSarif } from './helpers/sarif.js';
import { expectNoSecret as expectNone, fixtureValues } from './helpers/secrets.js';

const secrets = [...Object.values(fixtureValues('scan-basic/.env')), ...Object.values(fixtureValues('keys.env'))];
const formats = ['text', 'json', 'sarif', 'github', 'markdown', 'junit', 'csv'];

const expectNoSecret = (text: string) => expectNone(text, secrets);

describe('report formats', () => {
  it.each(formats)('%s holds no secret in clear, on stdout or in --output', (format) => {
    const dir = copyFixture('scan-basic');
    const result = runCli(['scan', '--format', format], dir);
    expect(result.code).toBe(1);
    expect(result.stdout.length).toBeGreaterThan(100);
    expectNoSecret(result.stdout + result.stderr);
    const out = join(tempDir(), `report.${format}`);
    expect(runCli(['scan', '--format', format, '--output', out], dir).code).toBe(1);
    expectNoSecret(readFileSync(out, 'utf8'));
  });

  it('SARIF validates against the SARIF 2.1.0 schema and describes every rule', () => {
    const dir = copyFixture('scan-basic');
    const sarif = JSON.parse(runCli(['scan', '--format', 'sarif'], dir).stdout);
    expectValidSarif(sarif);
    const run = sarif.runs[0];
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toContain('anthropic-api-key');
    expect(JSON.parse(runCli(['rules', 'list', '--format', 'json'], dir).stdout).length).toBe(ruleIds.length);
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.text).toMatch(/Rotate: .*https:\/\//);
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0);
    }
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'anthropic-api-key');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '.env', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 19, endLine: 2, endColumn: 127 },
    });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('anthropic-api-key');
    expect(result.partialFingerprints['leakguard/v1']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('github annotations escape what the workflow command syntax needs', () => {
    const dir = tempDir();
    const key = fixtureValues('keys.env').GITHUB!;
    const name = 'odd, name:1.txt';
    writeFileSync(join(dir, name), `token=${key}\n`);
    const out = runCli(['scan', '--format', 'github'], dir).stdout;
    expect(out).toMatch(/^::error file=odd%2C name%3A1\.txt,line=1,col=7,endLine=1,endColumn=47,title=leakguard%3A github-pat::GitHub personal access token/m);
  });

  it('csv and junit have one row or case per finding', () => {
    const dir = copyFixture('scan-basic');
    expect(runCli(['scan', '--format', 'csv'], dir).stdout.trim().split('\r\n')).toHaveLength(7);
    expect(runCli(['scan', '--format', 'junit'], dir).stdout.match(/<testcase /g)).toHaveLength(6);
  });
});

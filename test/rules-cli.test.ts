import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';

const goodRule = `rules:
  - id: acme-api-key
    description: Acme API key
    keywords: [acme_]
    pattern: '\\b(acme_[a-z0-9]{32})\\b'
    entropy: 3
    rotate: Revoke it at https://acme.example/keys.
    examples: ["ACME=acme_4c9f1b2e8d7a6c5b4e3f2a1d0c9b8a7f", "key: acme_9f8e7d6c5b4a39281706f5e4d3c2b1a0"]
    negativeExamples: ["ACME=acme_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ACME=acme_your_key"]
`;

describe('leakguard rules', () => {
  it('lists every built-in rule with its confidence', () => {
    const result = runCli(['rules', 'list'], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^anthropic-api-key\s+high\s+Anthropic API key$/m);
    expect(result.stdout).toMatch(/^generic-secret-assignment\s+medium\s+/m);
    const json = JSON.parse(runCli(['rules', 'list', '--format', 'json'], tempDir()).stdout) as Array<{ id: string }>;
    expect(json.length).toBeGreaterThan(20);
  });

  it('checks the built-in rules clean', () => {
    const result = runCli(['rules', 'check'], tempDir());
    expect(result.stdout).toMatch(/\d+ rules checked, 0 with problems/);
    expect(result.code).toBe(0);
  });

  it('passes a sound user rule file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'acme.yaml'), goodRule);
    const result = runCli(['rules', 'check', 'acme.yaml'], dir);
    expect(result.stdout).toBe('1 rules checked, 0 with problems\n');
    expect(result.code).toBe(0);
  });

  it('refuses a pattern open to catastrophic backtracking', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), goodRule.replace("'\\b(acme_[a-z0-9]{32})\\b'", () => "'(acme_(?:[a-z0-9]{1,9})+)$'"));
    const result = runCli(['rules', 'check', 'bad.yaml'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/acme-api-key: pattern is open to exponential backtracking/);
  });

  it('reports examples that are missed and negatives that are found', () => {
    const dir = tempDir();
    const bad = goodRule
      .replace('negativeExamples: [', 'negativeExamples: ["ACME=acme_0f1e2d3c4b5a69788796a5b4c3d2e1f0", ')
      .replace('acme_4c9f1b2e8d7a6c5b4e3f2a1d0c9b8a7f', 'acme_short');
    writeFileSync(join(dir, 'bad.yaml'), bad);
    const result = runCli(['rules', 'check', 'bad.yaml'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('acme-api-key: example is not found: ACME=acme_short');
    expect(result.stdout).toContain('acme-api-key: negative example is found: ACME=acme…\n');
  });

  it('names the file and field of a malformed rule, exit 2', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.yaml'), goodRule.replace('description: Acme API key', 'descripton: Acme API key'));
    const result = runCli(['rules', 'check', 'broken.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*broken\.yaml: rules\[0\] \(acme-api-key\): unknown field "descripton"/);
  });
});

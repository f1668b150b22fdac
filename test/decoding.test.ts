import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const b64 = (text: string) => Buffer.from(text).toString('base64');
const b64url = (text: string) => Buffer.from(text).toString('base64url');
const pemBody = readFileSync(join(repoRoot, 'rules/private-key.yaml'), 'utf8')
  .split('\n')
  .filter((line) => /^ {8}[A-Za-z0-9+/=]{64}$/.test(line))
  .slice(0, 6)
  .map((line) => line.trim());
const flatPem = ['-----BEGIN PRIVATE KEY-----', ...pemBody, '-----END PRIVATE KEY-----', ''].join('\\n');

interface Finding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  decoded?: string;
}

/** Each disguise in a file of the kind where it is met; `@` marks the line of the secret. */
const files: Record<string, string[]> = {
  'k8s/secret.yaml': ['apiVersion: v1', 'kind: Secret', 'type: Opaque', 'data:', `@  ANTHROPIC_API_KEY: ${b64(keys.ANTHROPIC!)}`, `@  JWT_SECRET: ${b64(keys.HEX32!)}`],
  'k8s/pull-secret.yaml': [
    'kind: Secret',
    'type: kubernetes.io/dockerconfigjson',
    'data:',
    `@  .dockerconfigjson: ${b64(JSON.stringify({ auths: { 'ghcr.io': { auth: b64(`bot:${keys.GITHUB_3}`) } } }))}`,
  ],
  'scripts/deploy.sh': ['#!/bin/sh', `@export OPENROUTER_API_KEY=$(echo ${b64url(keys.OPENROUTER_3!)} | base64 -d)`],
  'logs/access.log': [`@10.0.0.1 - - "GET /hook?channel=ops&token=${encodeURIComponent(keys.SLACK_BOT!).replace(/-/g, '%2D')}&x=1 HTTP/1.1" 200`],
  'docs/page.html': ['<p>Key:</p>', `@<code>${keys.STRIPE!.replace(/_/g, '&#95;')}</code>`],
  'config/settings.json': ['{', `@  "openrouter": "${keys.OPENROUTER!.replace(/-/g, '\\u002D')}",`, '  "debug": false', '}'],
  'config/service-account.json': ['{', '  "type": "service_account",', `@  "private_key": "${flatPem}",`, '  "client_email": "bot@proj.iam.gserviceaccount.com"', '}'],
  'notes/hexed.txt': ['payload:', `@${Buffer.from(`GITHUB_TOKEN=${keys.GITHUB}`).toString('hex')}`],
  'notes/nested.txt': ['double wrapped:', `@${b64(b64(keys.AWS!))}`],
  'notes/basic-auth.http': ['GET /api HTTP/1.1', `@Authorization: Basic ${b64(`deploy:${keys.GITHUB_2}`)}`],
};

function writeTree(dir: string): string[] {
  const expected: string[] = [];
  for (const [file, lines] of Object.entries(files)) {
    const name = file.replace(/\//g, '__');
    writeFileSync(join(dir, name), `${lines.map((line) => line.replace(/^@/, '')).join('\n')}\n`);
    lines.forEach((line, index) => line.startsWith('@') && expected.push(`${name}:${index + 1}`));
  }
  return expected.sort();
}

const scan = (dir: string) => JSON.parse(runCli(['scan', '.', '--format', 'json'], dir).stdout) as { findings: Finding[] };

describe('secrets in disguise', () => {
  it('finds a key under every encoding, at the line of the encoded text, naming the layer', () => {
    const dir = tempDir();
    const expected = writeTree(dir);
    const findings = scan(dir).findings;
    expect(findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(expected);
    const byFile = Object.fromEntries(findings.map((f) => [`${f.file}:${f.line}`, `${f.ruleId} ${f.decoded ?? '-'}`]));
    expect(byFile).toMatchObject({
      'k8s__secret.yaml:5': 'anthropic-api-key base64',
      'k8s__secret.yaml:6': 'generic-secret-assignment base64',
      'k8s__pull-secret.yaml:4': 'github-pat base64+base64',
      'scripts__deploy.sh:2': 'openrouter-api-key base64',
      'logs__access.log:1': 'slack-bot-token percent',
      'docs__page.html:2': 'stripe-secret-key html',
      'config__settings.json:2': 'openrouter-api-key escape',
      'config__service-account.json:3': 'private-key-pem -',
      'notes__hexed.txt:2': 'github-pat hex',
      'notes__nested.txt:2': 'aws-access-key-id base64+base64',
    });
    const basic = findings.find((f) => f.file === 'notes__basic-auth.http')!;
    expect(basic.decoded).toBe('base64');
    expect(basic.column).toBe('Authorization: Basic '.length + 1);
  });

  it('--decode-depth 0 turns decoding off, and a bad depth is a usage error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'nested.txt'), `${b64(b64(keys.AWS!))}\n${b64(keys.GITHUB!)}\n`);
    const decodedOnce = JSON.parse(runCli(['scan', '--format', 'json', '--decode-depth', '1'], dir).stdout) as { findings: Finding[] };
    expect(decodedOnce.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['2 github-pat']);
    expect(runCli(['scan', '--decode-depth', '0'], dir).code).toBe(0);
    const bad = runCli(['scan', '--decode-depth', '-1'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: --decode-depth takes 0 to 4/);
  });

  it('finds keys in CRLF files and notebooks, at their lines', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'win.env'), `A=1\r\nGITHUB_TOKEN=${keys.GITHUB}\r\nB=2\r\n`);
    const notebook = {
      cells: [
        { cell_type: 'markdown', source: ['# Demo\n'] },
        { cell_type: 'code', source: ['import os\n', `os.environ["OPENROUTER_API_KEY"] = "${keys.OPENROUTER}"\n`], outputs: [{ output_type: 'stream', text: [`token: ${keys.GITHUB_2}\n`] }] },
      ],
    };
    writeFileSync(join(dir, 'demo.ipynb'), JSON.stringify(notebook, null, 1));
    const findings = scan(dir).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`).sort();
    const nbLines = JSON.stringify(notebook, null, 1).split('\n');
    const lineOf = (needle: string) => nbLines.findIndex((line) => line.includes(needle)) + 1;
    expect(findings).toEqual(
      [
        `demo.ipynb:${lineOf('OPENROUTER_API_KEY')}:${nbLines[lineOf('OPENROUTER_API_KEY') - 1]!.indexOf('sk-or') + 1} openrouter-api-key`,
        `demo.ipynb:${lineOf('token: ')}:${nbLines[lineOf('token: ') - 1]!.indexOf('ghp_') + 1} github-pat`,
        'win.env:2:14 github-pat',
      ].sort(),
    );
  });

  it('stays silent on images, certificates, hashes, compressed blobs and encoded prose', () => {
    const dir = tempDir();
    cpSync(join(repoRoot, 'fixtures/decoding'), dir, { recursive: true });
    expect(scan(dir).findings).toEqual([]);
  });
});

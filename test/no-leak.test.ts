import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { everythingWritten, runAction } from './helpers/action.js';
import { repoRoot, runCli, tempDir, type CliResult } from './helpers/cli.js';
import { gitIn } from './helpers/git.js';
import { commitAll, newRepo, writeFiles } from './helpers/git-repo.js';
import { expectNoSecret, fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const secrets = Object.values(keys);
const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown', 'junit', 'csv'];
const b64 = (text: string) => Buffer.from(text).toString('base64');

/**
 * A repository where every fixture key is somewhere leakguard could repeat it: in files (two on one line,
 * one base64-encoded, one in a commit's subject and author name), in a deleted file's history, and staged.
 */
function leakyRepo(): string {
  const dir = newRepo();
  writeFiles(dir, {
    '.env': `ANTHROPIC_API_KEY=${keys.ANTHROPIC}\nOPENAI_API_KEY=${keys.OPENAI_PROJECT}\nJWT_SECRET=${keys.HEX32}\n`,
    'config/two.yaml': `tokens: ${keys.GITHUB} ${keys.GITHUB_2} ${keys.GITHUB_3}\n`,
    'k8s/secret.yaml': `data:\n  STRIPE_KEY: ${b64(keys.STRIPE!)}\n`,
    'src/app.ts': `const slack = "${keys.SLACK_BOT}"; const aws = "${keys.AWS}"; const google = "${keys.GOOGLE}";\n`,
    'old.env': `OPENROUTER_API_KEY=${keys.OPENROUTER}\nANTHROPIC=${keys.ANTHROPIC_2}\n`,
  });
  gitIn(dir, 'add', '-A');
  gitIn(dir, '-c', `user.name=dev ${keys.OPENROUTER_2}`, 'commit', '-q', '-m', `add config, key ${keys.OPENROUTER_3}`);
  gitIn(dir, 'rm', '-q', 'old.env');
  commitAll(dir, 'remove the old keys');
  writeFiles(dir, { 'staged.env': `ACME=${keys.ACME}\nGITHUB=${keys.GITHUB}\n` });
  gitIn(dir, 'add', 'staged.env');
  return dir;
}

const everything = (result: CliResult) => `${result.stdout}\n${result.stderr}`;

describe('no secret in any output', () => {
  let repo: string;
  beforeAll(() => {
    repo = leakyRepo();
  });

  it.each(['scan', 'history'])('in every report format of %s, and in --output files', (command) => {
    const out = tempDir();
    for (const format of FORMATS) {
      const file = join(out, `${command}.${format}`);
      const result = runCli([command, '--format', format, '--output', file], repo);
      expect(result.code, `${command} ${format}: ${result.stderr}`).toBe(1);
      expectNoSecret(everything(result) + readFileSync(file, 'utf8'), secrets);
    }
  });

  it('on stdout of the text report of history and of staged, with commit subjects and author names', () => {
    const text = runCli(['history'], repo);
    expect(text.stdout).toContain('config/two.yaml\n  1:9');
    expect(text.stdout).toContain('add config, key sk-o…');
    expectNoSecret(everything(text) + everything(runCli(['staged', '--format', 'json'], repo)), secrets);
  });

  it('in the baseline, the ignore file, what writing them prints, and init', () => {
    const dir = leakyRepo();
    const written = [runCli(['baseline'], dir), runCli(['scan', '--update-baseline'], dir), runCli(['init', '--baseline'], tempDir())];
    const fingerprint = (JSON.parse(readFileSync(join(dir, '.leakguard-baseline.json'), 'utf8')) as { entries: Array<{ fingerprint: string }> }).entries[0]!.fingerprint;
    written.push(runCli(['ignore', fingerprint, '-r', 'reviewed'], dir));
    for (const result of written) expect(result.code, result.stderr).toBe(0);
    const files = ['.leakguard-baseline.json', '.leakguardignore'].map((name) => readFileSync(join(dir, name), 'utf8'));
    expectNoSecret([...written.map(everything), ...files].join('\n'), secrets);
  });

  it('in what the GitHub Action writes: log, annotations, job summary, SARIF and outputs', () => {
    const run = runAction(repo, 'workflow_dispatch', { inputs: {} });
    expect(run.code, run.stderr).toBe(1);
    expectNoSecret(everythingWritten(run), secrets);
  });

  it('unless --show-secrets asks for them', () => {
    const shown = runCli(['scan', '--format', 'json', '--show-secrets'], repo);
    expect(shown.stdout).toContain(keys.GITHUB_2);
    expect(runCli(['scan', '--show-secrets'], repo).stdout).toContain(`${keys.GITHUB} ${keys.GITHUB_2}`);
  });
});

describe('no secret in any error, even with --debug', () => {
  const key = keys.GITHUB!;
  const config = (text: string) => (dir: string) => writeFileSync(join(dir, '.leakguard.yaml'), text);
  const customRule = readFileSync(join(repoRoot, 'fixtures/config/custom-rule.yaml'), 'utf8');
  const cases: Array<[string, string[], (dir: string) => void]> = [
    ['a path that does not exist', ['scan', key], () => {}],
    ['an unknown format', ['scan', '--format', key], () => {}],
    ['an unknown flag', ['scan', `--${key}`], () => {}],
    ['a --config file that does not exist', ['scan', '--config', `${key}.yaml`], () => {}],
    ['a revision range git refuses', ['history', '--range', key], () => {}],
    ['a branch git does not know', ['history', '--branch', key], () => {}],
    ['a config key', ['scan'], config(`${key}: true\n`)],
    ['an allow value that does not compile', ['scan'], config(`allow:\n  - values: ["^${key}("]\n`)],
    ['a custom rule pattern that does not compile', ['scan'], config(customRule.replace(/pattern: .*/, () => `pattern: '(${key}'`))],
    ['a custom rule negative example it finds', ['scan'], config(customRule.replace('negativeExamples:', `negativeExamples:\n        - ACME=${keys.ACME}`))],
    ['a YAML alias', ['scan'], config(`exclude: *${key}\n`)],
    ['a baseline key', ['scan'], (dir) => writeFileSync(join(dir, '.leakguard-baseline.json'), `{"version": 1, "entries": [], "${key}": 1}`)],
    ['an ignore file line', ['scan'], (dir) => writeFileSync(join(dir, '.leakguardignore'), `${key}\n`)],
    ['a fingerprint to ignore', ['ignore', key], () => {}],
    ['a gitleaks report entry', ['baseline', '--from-gitleaks', 'gl.json'], (dir) => writeFileSync(join(dir, 'gl.json'), JSON.stringify([{ Secret: key, RuleID: 'x' }]))],
  ];

  it.each(cases)('%s', (_name, args, setup) => {
    const dir = leakyRepo();
    setup(dir);
    const result = runCli([...args, '--debug'], dir);
    expect(result.code, result.stdout).toBe(2);
    expect(result.stderr).toMatch(/^error: /);
    expectNoSecret(everything(result), secrets);
  });

  it('a folder whose name is a key, outside git', () => {
    const dir = join(tempDir(), key);
    mkdirSync(dir);
    const result = runCli(['staged', '--debug'], dir);
    expect(result.stderr).toMatch(/^error: not inside a git work tree: .*ghp_…/);
    expectNoSecret(everything(result), secrets);
  });

  it('in the GitHub Action: its extra arguments and inputs', () => {
    const repo = leakyRepo();
    const inputs: Array<Record<string, string>> = [{ args: `--range ${key}` }, { 'fail-on-findings': key }, { config: `${key}.yaml` }];
    for (const input of inputs) {
      const run = runAction(repo, 'workflow_dispatch', { inputs: {} }, input);
      expect(run.code, run.stderr).toBe(2);
      expectNoSecret(everythingWritten(run), secrets);
    }
  });
});

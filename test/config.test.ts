import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toRuleSpec } from '../src/ruleset/rule-spec.js';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';
import { parseReport, writeFiles } from './helpers/repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');

/** A tree with a GitHub token and a generic secret in .env, an AWS key in config/, an Acme token under test/. */
function tree(config?: string, extra: Record<string, string> = {}): string {
  const dir = tempDir();
  writeFiles(dir, {
    '.env': `GITHUB_TOKEN=${keys.GITHUB}\nJWT_SECRET=${keys.HEX32}\n`,
    'config/aws.yaml': `aws_access_key_id: ${keys.AWS}\n`,
    'test/fixtures/acme.env': `ACME=${keys.ACME}\n`,
    ...(config === undefined ? {} : { '.leakguard.yaml': config }),
    ...extra,
  });
  return dir;
}

const useFixtureConfig = (dir: string, name: string, as: string) =>
  writeFiles(dir, { [as]: readFileSync(join(repoRoot, 'fixtures/config', name), 'utf8') });

const found = (dir: string) =>
  parseReport(runCli(['scan', '--format', 'json'], dir).stdout)
    .findings.map((f) => `${f.file} ${f.ruleId}`)
    .sort();

const ALL = ['.env generic-secret-assignment', '.env github-pat', 'config/aws.yaml aws-access-key-id'];

describe('config: rules', () => {
  it('runs the built-in rules when there is no config', () => {
    expect(found(tree())).toEqual(ALL);
  });

  it('turns rules off by id and by tag (a provider, or builtin), and enable brings one back', () => {
    // Without the GitHub rule, the generic rule reports the token by its name instead.
    expect(found(tree('rules:\n  disable: [github-pat]\n'))).toEqual(['.env generic-secret-assignment', '.env generic-secret-assignment', 'config/aws.yaml aws-access-key-id']);
    expect(found(tree('rules:\n  disable: [generic, aws]\n'))).toEqual(['.env github-pat']);
    expect(found(tree('rules:\n  disable: [builtin]\n  enable: [github]\n'))).toEqual(['.env github-pat']);
    expect(found(tree('rules:\n  disable: [github]\n  enable: [github-pat]\n'))).toEqual(ALL);
  });

  it('loads custom rules checked like built-in ones, next to the built-in rules, and not on their own examples', () => {
    const dir = tree();
    useFixtureConfig(dir, 'custom-rule.yaml', '.leakguard.yaml');
    expect(found(dir)).toEqual([...ALL, 'test/fixtures/acme.env acme-api-token'].sort());
    writeFiles(dir, { 'notes.md': readFileSync(join(dir, '.leakguard.yaml'), 'utf8') });
    expect(found(dir)).toContain('notes.md acme-api-token'); // the same examples elsewhere are findings
  });

  it('extends another config without dropping the built-in rules; this file adds to its lists', () => {
    const dir = tree('extends: shared/custom.yaml\nrules:\n  disable: [acme]\nexclude: [config/]\n');
    useFixtureConfig(dir, 'custom-rule.yaml', 'shared/custom.yaml');
    expect(found(dir)).toEqual(['.env generic-secret-assignment', '.env github-pat']);
    writeFileSync(join(dir, '.leakguard.yaml'), 'extends: [shared/custom.yaml]\n');
    expect(found(dir)).toContain('test/fixtures/acme.env acme-api-token');
    expect(found(dir)).toContain('.env github-pat');
  });

  it('minConfidence turns off rules that find by context', () => {
    expect(found(tree('minConfidence: high\n'))).toEqual(['.env github-pat', 'config/aws.yaml aws-access-key-id']);
  });

  it('maxFileSize skips larger files', () => {
    const result = parseReport(runCli(['scan', '--format', 'json'], tree('maxFileSize: 50\n')).stdout);
    expect(result.findings.map((f) => f.file)).toEqual(['config/aws.yaml']);
    expect(result.stats.skipped).toBe(1);
  });
});

describe('config: allow', () => {
  it('allows by path glob, for one rule only', () => {
    expect(found(tree('allow:\n  - rules: [aws-access-key-id]\n    paths: [config/]\n    reason: sample keys\n'))).toEqual(ALL.slice(0, 2));
    expect(found(tree('allow:\n  - rules: [github-pat]\n    paths: [config/]\n'))).toEqual(ALL);
  });

  it('allows by value regex, globally', () => {
    expect(found(tree('allow:\n  - values: ["^AKIA[A-Z0-9]{16}$"]\n'))).toEqual(ALL.slice(0, 2));
  });

  it('allows by stopword, ignoring case, and requires every kind an entry gives', () => {
    const word = keys.HEX32!.slice(0, 6).toUpperCase();
    expect(found(tree(`allow:\n  - stopwords: [${word}]\n`))).toEqual(ALL.slice(1));
    expect(found(tree(`allow:\n  - stopwords: [${word}]\n    paths: [config/]\n`))).toEqual(ALL);
  });

  it('counts what it allowed in the summary', () => {
    const result = runCli(['scan'], tree('allow:\n  - paths: [".env"]\n'));
    expect(result.stdout).toMatch(/: 1 secret found, 2 ignored\.$/m);
  });
});

describe('config errors name the file, the line, the key and what is expected', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['an unknown key', 'exclude: []\nexlcude: []\n', /\.leakguard\.yaml:2: unknown key "exlcude" \(known: \$schema, extends, exclude, maxFileSize, minConfidence, rules, allow\)/],
    ['an unknown nested key', 'rules:\n  disabel: [github-pat]\n', /\.leakguard\.yaml:2: unknown key "disabel" in "rules" \(known: disable, enable, custom\)/],
    ['a list given as a word', 'exclude: docs\n', /\.leakguard\.yaml:1: "exclude" must be a list of strings/],
    ['a size of zero', 'maxFileSize: 0\n', /\.leakguard\.yaml:1: "maxFileSize" must be a whole number from 1 to 268435456/],
    ['a size over 256 MiB', 'maxFileSize: 268435457\n', /\.leakguard\.yaml:1: "maxFileSize" must be a whole number from 1 to 268435456/],
    ['an unknown confidence', 'minConfidence: certain\n', /\.leakguard\.yaml:1: "minConfidence" must be one of high, medium, low/],
    ['a number among rule ids', 'rules:\n  disable:\n    - github-pat\n    - 7\n', /\.leakguard\.yaml:4: "rules\.disable\[1\]" must be a string/],
    ['an unknown rule or tag', 'rules:\n  enable: [gihub-pat]\n', /\.leakguard\.yaml:2: "rules\.enable\[0\]": no rule or tag is named "gihub-pat"/],
    ['an allow entry that matches everything', 'allow:\n  - rules: [github-pat]\n', /\.leakguard\.yaml:2: "allow\[0\]" needs "paths", "values" or "stopwords" \(to turn a rule off, use rules\.disable\)/],
    ['an invalid value regex', 'allow:\n  - values: ["(unclosed"]\n', /\.leakguard\.yaml:2: "allow\[0\]\.values\[0\]" is not a valid regular expression/],
    ['an unknown allow key', 'allow:\n  - path: [docs/]\n', /\.leakguard\.yaml:2: unknown key "path" in "allow\[0\]" \(known: rules, paths, values, stopwords, reason\)/],
    ['a missing extended file', 'exclude: []\nextends: shared.yaml\n', /\.leakguard\.yaml:2: "extends\[0\]": no such file .*shared\.yaml/],
    ['an extends loop', 'extends: .leakguard.yaml\n', /\.leakguard\.yaml: "extends" loops back to .*\.leakguard\.yaml/],
    ['an unknown field in a custom rule', 'rules:\n  custom:\n    - id: acme-token\n      regex: acme\n', /\.leakguard\.yaml:3: "rules\.custom\[0\]" \(acme-token\): unknown field "regex"/],
    ['a custom rule that reuses a built-in id', 'rules:\n  custom:\n' + customRule('github-pat'), /rule id "github-pat" is defined twice \(rules\/github\.yaml and .*\.leakguard\.yaml\)/],
    ['text that is not YAML', 'exclude: [unclosed\n', /\.leakguard\.yaml:\d+: not valid YAML or JSON/],
  ];
  it.each(cases)('%s', (_name, config, message) => {
    const result = runCli(['scan'], tree(config));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .+\n$/);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('a custom rule that fails its own examples, naming the rule', () => {
    const dir = tree();
    useFixtureConfig(dir, 'broken-custom-rule.yaml', '.leakguard.yaml');
    const result = runCli(['scan'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*\.leakguard\.yaml:4: "rules\.custom\[0\]" \(acme-api-token\): negative example is found: .+ \(see docs\/rules\.md\)\n$/);
  });
});

/** A custom rule (as YAML list item) whose examples need no secret: it matches a fixed word. */
function customRule(id: string): string {
  return [
    `    - id: ${id}`,
    '      description: A test rule',
    '      keywords: [zz-marker]',
    "      pattern: '(zz-marker-[0-9])'",
    '      rotate: See https://example.com/rotate',
    "      examples: ['zz-marker-1', 'zz-marker-2']",
    "      negativeExamples: ['zz-marker', 'zz-marker-x']",
    '',
  ].join('\n');
}

describe('the shipped JSON schema', () => {
  it('lists for custom rules exactly the fields a rule file accepts', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schema/config.schema.json'), 'utf8')) as {
      definitions: { rule: { properties: Record<string, unknown> } };
    };
    const fields = Object.keys(schema.definitions.rule.properties);
    const sample: Record<string, unknown> = { id: 'x', description: 'x', pattern: '(x)', flags: 'i', rotate: 'x', entropy: 1, confidence: 'low' };
    for (const field of fields) sample[field] ??= ['x'];
    expect(() => toRuleSpec(sample, 'schema', 'schema')).not.toThrow();
    expect(() => toRuleSpec({ ...sample, unlisted: 1 }, 'schema', 'schema')).toThrow(/unknown field "unlisted"/);
    expect(fields.sort()).toEqual(['confidence', 'description', 'entropy', 'examples', 'flags', 'id', 'keywords', 'negativeExamples', 'pattern', 'rotate', 'tags']);
  });
});

describe('leakguard init', () => {
  it('writes a starter config that loads, prints the next steps, and never overwrites', () => {
    const dir = tree();
    const init = runCli(['init'], dir);
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/^Wrote \.leakguard\.yaml\.\n\nNext steps:\n {2}1\. Run leakguard scan/);
    expect(readFileSync(join(dir, '.leakguard.yaml'), 'utf8')).toContain('$schema=./node_modules/leakguard/schema/config.schema.json');
    expect(runCli(['scan'], dir).code).toBe(1);
    const again = runCli(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('error: .leakguard.yaml already exists (edit it, or remove it to start over)\n');
  });

  it('--baseline also accepts the current findings, so the next scan passes', () => {
    const dir = tree();
    const init = runCli(['init', '--baseline'], dir);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Wrote .leakguard-baseline.json: 3 entries, 3 added, 0 pruned.');
    expect(init.stdout).toContain('1. Commit both files');
    expect(runCli(['scan'], dir).stdout).toMatch(/: 0 new · 3 known · 0 stale\.$/m);
    const bytes = readFileSync(join(dir, '.leakguard-baseline.json'), 'latin1');
    for (const secret of Object.values(keys)) expect(bytes).not.toContain(secret.slice(0, 12));
  });

  it('refuses --baseline where a baseline exists, before writing anything', () => {
    const dir = tree(undefined, { '.leakguard-baseline.json': '{"version": 1, "entries": []}\n' });
    const result = runCli(['init', '--baseline'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: \.leakguard-baseline\.json already exists \(refresh it with leakguard baseline instead\)\n$/);
    expect(runCli(['scan'], dir).stdout).toMatch(/: 3 new · 0 known · 0 stale\.$/m);
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';
import { runAction } from './helpers/action.js';
import { commitAll, newRepo, writeFiles } from './helpers/git-repo.js';

const customRule = readFileSync(join(repoRoot, 'fixtures/config/custom-rule.yaml'), 'utf8');
const withPattern = (pattern: string) => customRule.replace(/pattern: .*/, () => `pattern: '${pattern}'`);

function scanWith(files: Record<string, string>) {
  const dir = tempDir();
  writeFiles(dir, { 'a.txt': 'nothing here\n', ...files });
  return runCli(['scan'], dir);
}

describe('a config leakguard cannot use is a one-line error naming the file, exit 2', () => {
  it('JSON that does not parse, with its line', () => {
    const result = scanWith({ '.leakguard.json': '{\n  "exclude": ["docs/"],\n  "maxFileSize": 10,,\n}\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*\.leakguard\.json:3: not valid YAML or JSON: .+\n$/);
  });

  it('a custom rule whose pattern does not compile, saying why without quoting it', () => {
    const result = scanWith({ '.leakguard.yaml': withPattern('(acme_[a-z') });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"rules\.custom\[0\]" \(acme-api-token\): pattern does not compile: Unterminated character class \(see docs\/rules\.md\)\n$/);
    expect(result.stderr).not.toContain('(acme_[a-z');
  });

  it('a custom rule open to catastrophic backtracking is refused before it runs on anything', () => {
    // Were the rule run, this line would take it longer than the test may last.
    const result = scanWith({ '.leakguard.yaml': withPattern('(acme_(?:[a-z0-9]{1,9})+)$'), 'trap.txt': `acme_${'a1'.repeat(40)}!\n` });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*\.leakguard\.yaml:4: "rules\.custom\[0\]" \(acme-api-token\): pattern is open to exponential backtracking/);
  });

  it('a pattern the backtracking checker cannot read, or YAML nested past the parser’s stack: refused, not a hang or a crash', () => {
    const bound = scanWith({ '.leakguard.yaml': withPattern('\\b(acme_[A-Za-z0-9]{32,99999999999})\\b') });
    expect(bound.code).toBe(2);
    expect(bound.stderr).toMatch(/"rules\.custom\[0\]" \(acme-api-token\): pattern could not be proven safe from catastrophic backtracking \(the checker cannot read it\)/);
    const nested = scanWith({ '.leakguard.yaml': `maxFileSize: ${'1e: '.repeat(9000)}]\n` });
    expect(nested.code).toBe(2);
    expect(nested.stderr).toMatch(/^error: .*\.leakguard\.yaml: not valid YAML or JSON: Maximum call stack size exceeded\n$/);
  });

  it('a config, baseline or rule file that is no file (a folder, a device, a FIFO) is refused, not read without end', () => {
    const extending = scanWith({ '.leakguard.yaml': 'extends: [/dev/zero]\n' });
    expect(extending.code).toBe(2);
    expect(extending.stderr).toMatch(/^error: .*\.leakguard\.yaml:1: "extends\[0\]": \/dev\/zero is not a file \(extends names config files\)\n$/);
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': 'nothing here\n' });
    spawnSync('mkfifo', [join(dir, 'fifo')]);
    for (const args of [['scan', '--baseline', 'fifo'], ['scan', '--config', 'fifo'], ['scan', '--config', '.'], ['rules', 'check', 'fifo']]) {
      const result = runCli(args, dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: cannot read (baseline|config|rule file) .+: not a regular file \(check the path\)\n$/);
    }
  });

  it('in the GitHub Action, which ships without the checker, a custom rule is refused with a reason', () => {
    // The action as `uses:` checks it out: what the repository holds, and so no node_modules.
    const action = tempDir();
    for (const path of ['action', 'rules', 'schema', 'package.json']) cpSync(join(repoRoot, path), join(action, path), { recursive: true });
    const repo = newRepo();
    writeFiles(repo, { '.leakguard.yaml': customRule, 'a.txt': 'a\n' });
    commitAll(repo, 'a');
    const run = runAction(repo, 'workflow_dispatch', {}, {}, join(action, 'action/main.js'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"rules\.custom\[0\]" \(acme-api-token\): pattern cannot be checked for catastrophic backtracking here: the checker \(the recheck package\) is not installed/);
  });

  it('the backtracking checker loads only for a config with custom rules, so that a hook starts fast', () => {
    const probe = join(tempDir(), 'probe.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write(Object.keys(require.cache).some((f) => /[\\\\/]node_modules[\\\\/]recheck[\\\\/]/.test(f)) ? 'checker loaded\\n' : ''));\n");
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': 'nothing here\n', '.leakguard.yaml': 'exclude: [docs/]\nallow:\n  - values: ["^x$"]\n' });
    const env = { NODE_OPTIONS: `--require ${probe}` };
    const plain = runCli(['scan'], dir, env);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toBe('');
    writeFileSync(join(dir, '.leakguard.yaml'), customRule);
    expect(runCli(['scan'], dir, env).stderr).toBe('checker loaded\n');
  });
});

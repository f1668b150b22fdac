import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, runCli, tempDir } from './helpers/cli.js';
import { gitIn, gitWith } from './helpers/git.js';
import { commitAll, divergedRepo, locations, newRepo, parseReport, setHostileGitConfig, writeFiles } from './helpers/git-repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const lines = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} ${i + 1}`).join('\n') + '\n';
const staged = (dir: string, ...args: string[]) => runCli(['staged', ...args], dir);
const stagedJson = (dir: string) => parseReport(staged(dir, '--format', 'json').stdout);

describe('leakguard staged', () => {
  it('on the first commit: reports a staged secret at its line, redacted, with what to do, and exits 1', () => {
    const dir = newRepo();
    writeFiles(dir, { 'config/app.env': `# app\nDEBUG=1\nGITHUB_TOKEN=${keys.GITHUB}\n` });
    gitIn(dir, 'add', '-A');
    const text = staged(dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('config/app.env\n  3:14  github-pat');
    expect(text.stdout).toMatch(/\n\nScanned 1 file \(3 lines added, \d+ B\) in \d+ ms: 1 secret found\.\n\nThe commit is stopped\./);
    // Taking it out, allowing it or baselining it come first; skipping the hook is the last line, and said once.
    const steps = text.stdout.slice(text.stdout.indexOf('The commit is stopped.')).trimEnd().split('\n');
    expect(steps[1]).toMatch(/^  1\. Take each secret out of its file/);
    expect(steps.at(-2)).toMatch(/^  \d\. Not a secret\? Put leakguard:allow on its line, or accept it in the baseline, then commit again\.$/);
    expect(steps.at(-1)).toMatch(/^  Last resort, .*git commit --no-verify skips this check\.$/);
    expect(text.stdout.match(/--no-verify/g)).toHaveLength(1);
    expect(text.stdout).not.toContain(keys.GITHUB!.slice(6));
    const report = parseReport(staged(dir, '--format', 'json').stdout);
    expect(locations(report)).toEqual(['config/app.env:3:14 github-pat']);
    expect(report.findings[0]!.commit).toBeUndefined();
    expect(report.stats).toMatchObject({ files: 1, lines: 3, skipped: 0 });
    expect(report.stats.bytes).toBe(Buffer.byteLength(`# app\nDEBUG=1\nGITHUB_TOKEN=${keys.GITHUB}\n`));
  });

  it('means the same with no flag (what hooks run, without the argument parser) as with every default spelled out', () => {
    const dir = newRepo();
    writeFiles(dir, { '.env': `OPENAI_API_KEY=${keys.OPENAI_PROJECT}\n`, 'app.ts': `const token = "${keys.GITHUB}";\n`, 'notes.md': 'nothing here\n' });
    gitIn(dir, 'add', '-A');
    const bare = staged(dir);
    const spelled = staged(dir, '--format', 'text', '--decode-depth', '2', '--inline-allow', '--color', '--no-show-secrets', '--no-fail-on-empty', '--no-update-baseline');
    expect(bare.code).toBe(1);
    expect(bare.stdout).toMatch(/^\.env\n {2}1:1 {2}sensitive-file-env /m);
    expect(bare.stdout).toContain('github-pat');
    expect(bare.stdout).toContain('openai-project-key');
    // The same report and exit code, whatever the time the scan took.
    const timeless = (out: string) => out.replace(/in \d+ ms/, 'in N ms');
    expect({ code: spelled.code, stdout: timeless(spelled.stdout), stderr: spelled.stderr }).toEqual({ code: bare.code, stdout: timeless(bare.stdout), stderr: bare.stderr });
  });

  it('reads a dotfile named like a binary extension (.a, .o) as the text it is, staged or on disk', () => {
    const dir = newRepo();
    writeFiles(dir, { '.a': `KEY=${keys.ANTHROPIC}\n`, 'lib/.o': `TOKEN=${keys.GITHUB}\n`, 'lib/x.o': 'not scanned\n' });
    gitIn(dir, 'add', '-A');
    const report = stagedJson(dir);
    expect(report.findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual(['.a anthropic-api-key', 'lib/.o github-pat']);
    expect(report.stats).toMatchObject({ files: 2, skipped: 1 });
    expect(parseReport(runCli(['scan', '--format', 'json'], dir).stdout).findings).toHaveLength(2);
  });

  it('scans the staged part of a partially staged file, at its staged line numbers, and nothing unstaged or untracked', () => {
    const dir = newRepo();
    writeFiles(dir, { 'app.ts': lines(20, 'line') });
    commitAll(dir, 'base');
    // Two hunks in the work tree: a secret on top (left unstaged) and one at the bottom (staged with add -p).
    writeFiles(dir, {
      'app.ts': `const a = "${keys.AWS}";\n${lines(20, 'line')}const b = "${keys.GITHUB}";\n`,
      'untracked.env': `TOKEN=${keys.GITHUB_2}\n`,
    });
    gitWith(dir, { input: 'n\ny\n' }, 'add', '-p', 'app.ts');
    expect(gitIn(dir, 'diff', '--name-only')).toBe('app.ts\n'); // the top hunk is still unstaged
    const report = stagedJson(dir);
    expect(locations(report)).toEqual(['app.ts:21:12 github-pat']); // line 22 in the work tree
    expect(report.stats).toMatchObject({ files: 1, lines: 1 });
  });

  it('adds nothing for deleted files and pure renames, and skips and counts binary files', () => {
    const dir = newRepo();
    writeFiles(dir, { 'old.env': `TOKEN=${keys.GITHUB}\n`, 'gone.env': `KEY=${keys.AWS}\n` });
    commitAll(dir, 'base');
    gitIn(dir, 'mv', 'old.env', 'new name.env');
    gitIn(dir, 'rm', '-q', 'gone.env');
    writeFiles(dir, { 'blob.bin.txt': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`TOKEN=${keys.GITHUB_2}\n`)]) });
    gitIn(dir, 'add', 'blob.bin.txt');
    const text = staged(dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Scanned 0 files \(0 lines added, 0 B, 1 skipped\) in \d+ ms: no secrets found\.\n$/);
  });

  it('says so when nothing is staged, and exits 0', () => {
    const dir = newRepo();
    writeFiles(dir, { 'a.txt': 'a\n' });
    commitAll(dir, 'base');
    writeFiles(dir, { 'a.txt': `TOKEN=${keys.GITHUB}\n` }); // changed, not staged
    const text = staged(dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe('Nothing to scan: no lines added.\n');
    expect(stagedJson(dir).stats).toMatchObject({ files: 0, lines: 0, bytes: 0, skipped: 0 });
  });

  it('reads names with spaces and unicode, and CRLF files', () => {
    const dir = newRepo();
    writeFiles(dir, {
      'dir with space/ünïcödé "name".env': `# x\nTOKEN=${keys.GITHUB}\n`,
      'windows.env': `REM a\r\nREM b\r\nset KEY=${keys.AWS}\r\n`,
    });
    gitIn(dir, 'add', '-A');
    expect(locations(stagedJson(dir))).toEqual([
      'dir with space/ünïcödé "name".env:2:7 github-pat',
      'windows.env:3:9 aws-access-key-id',
    ]);
  });

  it('reports the same whatever the repository config makes git diff print', () => {
    const dir = newRepo();
    writeFiles(dir, { 'app/b.env': Array.from({ length: 30 }, (_, i) => `B${i}=${i}\n`).join(''), 'app/old.txt': lines(20, 'same') });
    commitAll(dir, 'base');
    writeFiles(dir, {
      'app/b.env': Array.from({ length: 30 }, (_, i) => (i === 3 || i === 9 ? `B${i}=${keys.AWS}\n` : i === 5 ? '\n' : `B${i}=${i}\n`)).join(''),
      'app/ü "q".env': `TOKEN=${keys.GITHUB}\n`,
    });
    gitIn(dir, 'mv', 'app/old.txt', 'app/new.txt');
    gitIn(dir, 'add', '-A');
    const expected = ['app/b.env:10:4 aws-access-key-id', 'app/b.env:4:4 aws-access-key-id', 'app/ü "q".env:1:7 github-pat'];
    expect(locations(stagedJson(dir))).toEqual(expected);
    setHostileGitConfig(dir);
    const report = parseReport(runCli(['staged', '--format', 'json'], join(dir, 'app')).stdout);
    expect(locations(report)).toEqual(expected);
    expect(report.stats).toMatchObject({ files: 2, lines: 4 }); // the rename adds nothing
  });

  it('works from a subdirectory, with paths from the top level and the config of the top level', () => {
    const dir = newRepo();
    writeFiles(dir, {
      '.leakguard.yaml': 'exclude: [vendor/]\n',
      'app/src/keys.ts': `export const key = "${keys.AWS}";\n`,
      'vendor/lib.js': `var t = "${keys.GITHUB}";\n`,
    });
    gitIn(dir, 'add', '-A');
    expect(locations(parseReport(runCli(['staged', '--format', 'json'], join(dir, 'app', 'src')).stdout))).toEqual([
      'app/src/keys.ts:1:21 aws-access-key-id',
    ]);
  });

  it('works during a merge: scans the resolution of a conflict', () => {
    const dir = divergedRepo();
    expect(() => gitIn(dir, 'merge', '-q', 'side')).toThrow();
    writeFiles(dir, { 'a.env': `A=main\nTOKEN=${keys.GITHUB}\n` });
    gitIn(dir, 'add', 'a.env');
    expect(locations(stagedJson(dir))).toEqual(['a.env:2:7 github-pat']);
  });

  it('works during a rebase', () => {
    const dir = divergedRepo('feature');
    gitIn(dir, 'checkout', '-q', 'feature');
    expect(() => gitIn(dir, 'rebase', 'main')).toThrow();
    writeFiles(dir, { 'a.env': `A=feature\nKEY=${keys.AWS}\n` });
    gitIn(dir, 'add', 'a.env');
    expect(locations(stagedJson(dir))).toEqual(['a.env:2:5 aws-access-key-id']);
  });

  it('works in a linked worktree, on that worktree’s own index', () => {
    const dir = newRepo();
    writeFiles(dir, { 'a.txt': 'a\n' });
    commitAll(dir, 'base');
    const linked = join(tempDir(), 'linked');
    gitIn(dir, 'worktree', 'add', '-q', '-b', 'other', linked);
    writeFiles(dir, { 'main.env': `KEY=${keys.AWS}\n` });
    gitIn(dir, 'add', 'main.env');
    writeFiles(linked, { 'linked.env': `TOKEN=${keys.GITHUB}\n` });
    gitIn(linked, 'add', 'linked.env');
    expect(locations(stagedJson(linked))).toEqual(['linked.env:1:7 github-pat']);
    expect(locations(stagedJson(dir))).toEqual(['main.env:1:5 aws-access-key-id']);
  });

  it('does not scan a submodule’s pointer or content', () => {
    const sub = newRepo();
    writeFiles(sub, { 'inside.env': `TOKEN=${keys.GITHUB}\n` });
    commitAll(sub, 'sub');
    const dir = newRepo();
    writeFiles(dir, { 'a.txt': 'a\n' });
    commitAll(dir, 'base');
    gitIn(dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'vendored');
    const report = stagedJson(dir);
    expect(report.findings).toEqual([]);
    expect(report.stats).toMatchObject({ files: 1, lines: 3 }); // .gitmodules only, not the pointer
  });

  it('blocks git commit as a pre-commit hook set by core.hooksPath, also with commit -a and commit PATH', () => {
    const dir = newRepo();
    writeFiles(dir, { '.hooks/pre-commit': `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" staged\n`, 'a.env': 'A=1\n', 'b.env': 'B=1\n' });
    chmodSync(join(dir, '.hooks/pre-commit'), 0o755);
    gitIn(dir, 'config', 'core.hooksPath', '.hooks');
    commitAll(dir, 'clean commit goes through the hook');
    const commitFails = (...args: string[]) => {
      try {
        gitIn(dir, 'commit', '-q', ...args);
      } catch (error) {
        return String((error as { stdout: string }).stdout) + String((error as { stderr: string }).stderr);
      }
      throw new Error(`git commit ${args.join(' ')} was not blocked`);
    };
    writeFiles(dir, { 'a.env': `A=${keys.AWS}\n` }); // not staged: only -a commits it
    expect(commitFails('-am', 'with -a')).toContain('a.env\n  1:3  aws-access-key-id');
    writeFiles(dir, { 'a.env': 'A=1\n', 'b.env': `B=${keys.AWS}\n` });
    expect(commitFails('-m', 'with a path', 'b.env')).toContain('b.env\n  1:3  aws-access-key-id');
    expect(gitIn(dir, 'rev-list', '--count', 'HEAD')).toBe('1\n');
  });

  it('is an error outside a git repository', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'a.env'), `KEY=${keys.AWS}\n`);
    const result = staged(join(dir, 'x'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: not inside a git work tree: .+\n$/);
    expect(result.stdout).toBe('');
  });
});

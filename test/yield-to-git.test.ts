import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';
import { commitAll, newRepo, writeFiles } from './helpers/git-repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');

/** `main:N` for the thread whose id is the process's, `other:N` for each other thread: their nice values. */
const NICE_OF_THREADS = [
  'for t in /proc/$1/task/*; do',
  '  id=${t##*/}; nice=$(sed "s/.*) //" "$t/stat" | cut -d" " -f17)',
  '  if [ "$id" = "$1" ]; then echo "main:$nice"; else echo "other:$nice"; fi',
  'done',
].join('\n');

describe.runIf(process.platform === 'linux')("V8's threads yield to git during a history scan", () => {
  it('lowers every thread of the process but the main one to the lowest priority', () => {
    const script = [
      `import { execFileSync } from 'node:child_process';`,
      `import { yieldToGit } from ${JSON.stringify(join(repoRoot, 'dist/src/sources/yield-to-git.js'))};`,
      'yieldToGit();',
      `process.stdout.write(execFileSync('sh', ['-c', ${JSON.stringify(NICE_OF_THREADS)}, 'sh', String(process.pid)]));`,
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const threads = run.stdout.trim().split('\n');
    expect(threads).toContain('main:0');
    const others = threads.filter((line) => line.startsWith('other:'));
    expect(others.length).toBeGreaterThan(0);
    expect(new Set(others)).toEqual(new Set(['other:19']));
  });

  it('does so in `leakguard history` while git log runs, and finds the same', () => {
    const dir = newRepo();
    writeFiles(dir, { 'app.env': `GITHUB_TOKEN=${keys.GITHUB}\n` });
    commitAll(dir, 'Add settings');
    // A git in front of the real one that, for `git log`, notes the priorities of its parent's threads first
    // (once the command has had time to set them: git's output is not read before it starts).
    const bin = tempDir();
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const seen = join(bin, 'seen.txt');
    writeFileSync(
      join(bin, 'git'),
      `#!/bin/sh\nfor a in "$@"; do if [ "$a" = log ]; then sleep 0.5; sh -c ${shellWord(NICE_OF_THREADS)} sh "$PPID" > ${shellWord(seen)}; break; fi; done\nexec ${shellWord(realGit)} "$@"\n`,
    );
    chmodSync(join(bin, 'git'), 0o755);
    const run = runCli(['history', '--format', 'json'], dir, { PATH: `${bin}:${process.env.PATH}` });
    expect(run.code, run.stderr).toBe(1);
    expect((JSON.parse(run.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId)).toEqual(['github-pat']);
    const threads = readFileSync(seen, 'utf8').trim().split('\n');
    expect(threads).toContain('main:0');
    expect(new Set(threads.filter((line) => line.startsWith('other:')))).toEqual(new Set(['other:19']));
  });
});

const shellWord = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

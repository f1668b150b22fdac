import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from './helpers/cli.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');

/** The built command copied into a package of its own, so that its code cache is this test's alone. */
function installedCopy(): { root: string; bin: string; cli: string } {
  const root = tempDir();
  cpSync(join(repoRoot, 'dist/bin'), join(root, 'dist/bin'), { recursive: true, filter: (path) => !path.includes('.code-cache') });
  cpSync(join(repoRoot, 'package.json'), join(root, 'package.json'));
  mkdirSync(join(root, 'rules'));
  return { root, bin: join(root, 'dist/bin'), cli: join(root, 'dist/bin/leakguard.cjs') };
}

const caches = (bin: string) => readdirSync(bin).filter((name) => name.includes('code-cache'));

/** A scan that finds one key: exit code, report and errors, which the cache must not change. */
function scanOnce(cli: string, project: string) {
  const run = spawnSync(process.execPath, [cli, 'scan', '.', '--format', 'json'], { cwd: project, encoding: 'utf8' });
  const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; line: number }> };
  return { code: run.status, stderr: run.stderr, findings: report.findings.map((f) => `${f.ruleId}:${f.line}`) };
}

describe('the launcher and its code cache', () => {
  const project = tempDir();
  writeFileSync(join(project, 'app.env'), `# config\nAWS_ACCESS_KEY_ID=${keys.AWS}\n`);

  it('writes the cache on the first run, named for the program it was made from, and reads it on the next', () => {
    const { bin, cli } = installedCopy();
    expect(caches(bin)).toEqual([]);
    const first = scanOnce(cli, project);
    expect(first).toEqual({ code: 1, stderr: '', findings: ['aws-access-key-id:2'] });
    const programHash = createHash('sha256').update(readFileSync(join(bin, 'cli.cjs'))).digest('hex').slice(0, 16);
    expect(caches(bin)).toEqual([`cli.${programHash}.code-cache`]);
    const cache = join(bin, caches(bin)[0]!);
    const made = statSync(cache);
    expect(made.size).toBeGreaterThan(100_000);

    // A cache V8 accepted is not written again: the file is the one the first run renamed into place.
    const unchanged = () => expect([statSync(cache).ino, statSync(cache).mtimeMs]).toEqual([made.ino, made.mtimeMs]);
    expect(scanOnce(cli, project)).toEqual(first);
    unchanged();
    expect(spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    unchanged();
  });

  it('runs the same when the cache is damaged, and writes a good one in its place', () => {
    const { bin, cli } = installedCopy();
    const first = scanOnce(cli, project);
    const cache = join(bin, caches(bin)[0]!);
    const good = readFileSync(cache);
    writeFileSync(cache, Buffer.concat([Buffer.from('not a code cache'), good.subarray(16, 4096)]));
    expect(scanOnce(cli, project)).toEqual(first);
    const remade = statSync(cache);
    expect(readFileSync(cache).subarray(0, 16)).toEqual(good.subarray(0, 16));
    expect(scanOnce(cli, project)).toEqual(first);
    expect([statSync(cache).ino, statSync(cache).mtimeMs]).toEqual([remade.ino, remade.mtimeMs]);
  });

  it('runs the same where the cache cannot be written, and leaves nothing half-written', () => {
    const { bin, cli } = installedCopy();
    const programHash = createHash('sha256').update(readFileSync(join(bin, 'cli.cjs'))).digest('hex').slice(0, 16);
    // A folder in the cache's place: it can be neither read as a cache nor replaced by one.
    mkdirSync(join(bin, `cli.${programHash}.code-cache`, 'taken'), { recursive: true });
    expect(scanOnce(cli, project)).toEqual({ code: 1, stderr: '', findings: ['aws-access-key-id:2'] });
    expect(caches(bin)).toEqual([`cli.${programHash}.code-cache`]);
    expect(statSync(join(bin, caches(bin)[0]!)).isDirectory()).toBe(true);
  });

  // Run as root, the suite can see what another user of a root-owned install sees.
  it.runIf(process.getuid?.() === 0)('runs the same for a user who cannot write where it is installed, and writes nothing there', () => {
    const { root, bin, cli } = installedCopy();
    const project = tempDir();
    writeFileSync(join(project, 'app.env'), `# config\nAWS_ACCESS_KEY_ID=${keys.AWS}\n`);
    for (const dir of [root, project]) chmodSync(dir, 0o755);
    const asNobody = () => {
      const run = spawnSync(process.execPath, [cli, 'scan', '.', '--format', 'json'], { cwd: project, encoding: 'utf8', uid: 65534, gid: 65534 });
      return { code: run.status, stderr: run.stderr, findings: (JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; line: number }> }).findings.map((f) => `${f.ruleId}:${f.line}`) };
    };
    expect(asNobody()).toEqual({ code: 1, stderr: '', findings: ['aws-access-key-id:2'] });
    expect(asNobody()).toEqual({ code: 1, stderr: '', findings: ['aws-access-key-id:2'] });
    expect(caches(bin)).toEqual([]);
  });
});

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFiles } from '../src/scan-files.js';
import { fileSource } from '../src/sources/files.js';
import { MAX_FILE_SIZE_LIMIT } from '../src/sources/read-text.js';
import { cliPath, runCli, tempDir } from './helpers/cli.js';
import { gitIn, initRepo } from './helpers/git.js';
import { writeFiles } from './helpers/git-repo.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');
const KEY_LINE = `GITHUB_TOKEN=${keys.GITHUB}\n`;

/** The scan as the CLI runs it, with what the JSON report leaves out: why each path was skipped. */
async function scan(dir: string, extra: { allFiles?: boolean; maxFileSize?: number } = {}) {
  const result = await scanFiles({ paths: [dir], cwd: dir, ...extra });
  return {
    found: result.findings.map((f) => `${f.file}:${f.line}:${f.column}`).sort(),
    skips: Object.fromEntries(result.skips.map((skip) => [skip.path, skip.reason])),
    stats: result.stats,
  };
}

describe('files that are not plain text: each is scanned as well as it can be, or skipped and counted', () => {
  it('invalid UTF-8 is read with replacement characters, keeping lines and columns', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('caf\xe9 \xc3\x28\n', 'latin1'), Buffer.from(`\xff${KEY_LINE}`, 'latin1')]));
    expect((await scan(dir)).found).toEqual(['latin1.txt:2:15']);
  });

  it('UTF-16 with a big-endian byte order mark is decoded and scanned', async () => {
    const dir = tempDir();
    const utf16be = Buffer.from(`# notes\n${KEY_LINE}`, 'utf16le').swap16();
    writeFileSync(join(dir, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]));
    expect((await scan(dir)).found).toEqual(['be.txt:2:14']);
  });

  it('an empty file is a file scanned, of 0 bytes', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'empty.txt': '', 'key.env': KEY_LINE });
    const result = await scan(dir);
    expect(result.found).toEqual(['key.env:1:14']);
    expect(result.stats).toMatchObject({ files: 2, skipped: 0, bytes: KEY_LINE.length });
  });

  it('a 5 MB minified file on one line is scanned whole, its key found at its column', () => {
    const dir = tempDir();
    const chunk = 'function a(b){return b.apiKey||"your-api-key-here"}var c={token:"xxxxxxxxxxxxxxxx",url:"https://example.test"};';
    const half = chunk.repeat(Math.ceil(2_500_000 / chunk.length));
    writeFileSync(join(dir, 'bundle.min.js'), `${half}var k="${keys.GITHUB}";${half}`);
    const result = runCli(['scan', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: Array<{ line: number; column: number }>; stats: { bytes: number } };
    expect(report.findings.map((f) => `${f.line}:${f.column}`)).toEqual([`1:${half.length + 8}`]);
    expect(report.stats.bytes).toBeGreaterThan(5_000_000);
  });

  it('a 1 GB file is skipped by its size, without reading it, even at the highest limit', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'key.env': KEY_LINE });
    // Sparse: the file claims 1 GB and holds no data, so the test writes nothing.
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 1024 ** 3);
    for (const maxFileSize of [undefined, MAX_FILE_SIZE_LIMIT]) {
      const result = await scan(dir, { maxFileSize });
      expect(result.skips).toEqual({ 'huge.txt': `larger than ${maxFileSize ?? 10 * 1024 * 1024} bytes` });
      expect(result.found).toEqual(['key.env:1:14']);
    }
  });

  it('--max-file-size that is no size, or above 256 MiB, is an error rather than no limit', () => {
    const dir = tempDir();
    for (const value of ['10M', '0', String(MAX_FILE_SIZE_LIMIT + 1)]) {
      const result = runCli(['scan', '--max-file-size', value], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`error: --max-file-size must be a whole number of bytes from 1 to ${MAX_FILE_SIZE_LIMIT} (for example --max-file-size 5000000)\n`);
    }
  });

  it('an unreadable file is skipped and counted, and the scan goes on', () => {
    const dir = tempDir();
    writeFiles(dir, { 'key.env': KEY_LINE, 'locked.env': `LOCKED=${keys.GITHUB_2}\n` });
    chmodSync(join(dir, 'locked.env'), 0o000);
    chmodSync(dir, 0o755);
    // root reads any file, so as root the scan runs as nobody, for whom the file is locked as it is for its owner.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = spawnSync(process.execPath, [cliPath, 'scan', '--format', 'json'], { cwd: dir, encoding: 'utf8', ...asUser });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: Array<{ file: string }>; stats: Record<string, number> };
    expect(report.findings.map((f) => f.file)).toEqual(['key.env']);
    expect(report.stats).toMatchObject({ files: 1, skipped: 1 });
  });

  it('a file deleted after it was listed is passed over, and the scan goes on', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.env': KEY_LINE, 'b.env': KEY_LINE, 'c.env': KEY_LINE });
    const source = fileSource({
      targets: [dir],
      root: dir,
      allFiles: true,
      maxFileSize: 1000,
      // Asked of each path just before it is read: the moment to pull the next file away.
      isExcluded: (path) => (path === 'a.env' && unlinkSync(join(dir, 'b.env')), false),
    });
    const read: string[] = [];
    for await (const fragment of source.fragments()) read.push(fragment.path);
    expect(read).toEqual(['a.env', 'c.env']);
    expect(source.stats).toMatchObject({ files: 2, skipped: 0 });
  });
});

describe('links, FIFOs and sockets', () => {
  it('never follows a link, out of the root or round a loop, and counts each as skipped', async () => {
    const outside = tempDir();
    writeFiles(outside, { 'secret.env': KEY_LINE });
    for (const inGit of [false, true]) {
      const dir = tempDir();
      if (inGit) initRepo(dir); // listed by git ls-files, else by walking the folder
      writeFiles(dir, { 'inner/a.txt': 'nothing\n' });
      symlinkSync(join(outside, 'secret.env'), join(dir, 'out.env'));
      symlinkSync(outside, join(dir, 'outside-dir'));
      symlinkSync('..', join(dir, 'inner', 'up'));
      symlinkSync('loop-b', join(dir, 'loop-a'));
      symlinkSync('loop-a', join(dir, 'loop-b'));
      const result = await scan(dir);
      expect(result.found).toEqual([]);
      const link = 'symbolic link (not followed)';
      expect(result.skips).toEqual({ 'out.env': link, 'outside-dir': link, 'inner/up': link, 'loop-a': link, 'loop-b': link });
      expect(result.stats.files).toBe(1);
    }
  });

  it('skips a FIFO without waiting for a writer, and a socket, also when named as the path to scan', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'key.env': KEY_LINE });
    spawnSync('mkfifo', [join(dir, 'pipe')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'sock'), resolve));
    try {
      const result = await scan(dir);
      expect(result.skips).toEqual({ pipe: 'not a regular file', sock: 'not a regular file' });
      expect(result.found).toEqual(['key.env:1:14']);
      const named = await scanFiles({ paths: ['pipe'], cwd: dir });
      expect(named.skips).toEqual([{ path: 'pipe', reason: 'not a regular file' }]);
    } finally {
      server.close();
    }
  });
});

describe('paths with spaces, quotes, newlines and unicode', () => {
  const names = ['with space.env', 'quote"d.env', "it's.env", 'new\nline.env', 'tab\there.env', 'back\\slash.env', 'café/日本語 🔑.env', '-dash.env', '[glob]*?.env'];

  it.each([
    ['outside git', false],
    ['inside git, tracked', true],
  ])('are reported by their exact name, %s', (_where, tracked) => {
    const dir = tempDir();
    if (tracked) initRepo(dir);
    writeFiles(dir, Object.fromEntries(names.map((name) => [name, KEY_LINE])));
    if (tracked) gitIn(dir, 'add', '-A');
    mkdirSync(join(dir, 'empty folder'));
    const result = runCli(['scan', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const files = (JSON.parse(result.stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file);
    expect(files.sort()).toEqual([...names].sort());
  });
});

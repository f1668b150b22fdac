import { spawn } from 'node:child_process';
import { GitError } from '../errors.js';
import { splitLines } from './split-lines.js';

/** Enough of git's stderr to say what went wrong; the rest (say, a warning per commit) is dropped. */
const MAX_STDERR_BYTES = 64 * 1024;

/**
 * Runs git and streams its stdout as batches of lines, read only as fast as they are consumed, so that a
 * `git log -p` of any size never sits in memory. A git that fails is a `GitError` with git's own message,
 * thrown once its output is consumed; stopping early ends the git process.
 * `label` is how the command is named in that message (the full argument list is long).
 */
export async function* gitLines(cwd: string, args: string[], maxLineBytes: number, label: string[]): AsyncGenerator<string[]> {
  const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: Buffer[] = [];
  let stderrBytes = 0;
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderrBytes >= MAX_STDERR_BYTES) return;
    stderr.push(chunk);
    stderrBytes += chunk.length;
  });
  let spawnError: NodeJS.ErrnoException | undefined;
  child.on('error', (error) => (spawnError = error));
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  try {
    yield* splitLines(child.stdout, maxLineBytes);
    const code = await closed;
    if (spawnError) throw new GitError(label, spawnError.code === 'ENOENT' ? 'git is not installed or not on the PATH' : spawnError.message);
    if (code !== 0) throw new GitError(label, firstFatalLine(Buffer.concat(stderr).toString('utf8')));
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}

/**
 * The line that says why git stopped: its `fatal:` line (`error:` lines before it are often the detail of
 * a lower layer, such as zlib's for a corrupt object), else its first `error:` line. git follows it with
 * usage advice that does not fit on one error line.
 */
export function firstFatalLine(stderr: string): string {
  const lines = stderr.split('\n');
  return lines.find((line) => line.startsWith('fatal: ')) ?? lines.find((line) => line.startsWith('error: ')) ?? stderr;
}

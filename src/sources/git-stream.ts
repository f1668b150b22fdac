import { spawn } from 'node:child_process';
import { GitError } from '../errors.js';

/** Enough of git's stderr to say what went wrong; the rest (say, a warning per commit) is dropped. */
const MAX_STDERR_BYTES = 64 * 1024;
/**
 * Output read ahead of the scan whenever it waits (on the config, on worker threads), so that git keeps diffing
 * (a pipe holds only 64 KiB), and no more, so that a `git log -p` of any size never sits in memory.
 */
const MAX_READ_AHEAD_BYTES = 16 * 1024 * 1024;

export interface GitOutput {
  /**
   * git's stdout, chunk by chunk: all that was read since the last batch. A git that fails is a `GitError`
   * with git's own message, thrown once its output is consumed; stopping early ends the git process.
   */
  chunks(): AsyncGenerator<Buffer[]>;
  /** Ends git when its output will not be read (the scan failed before it began). */
  stop(): void;
}

/**
 * Starts git at once and reads its stdout ahead of the consumer, up to a bound.
 * `label` is how the command is named in an error (the full argument list is long).
 */
export function startGit(cwd: string, args: string[], label: string[]): GitOutput {
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

  let queue: Buffer[] = [];
  let queuedBytes = 0;
  let ended = false;
  let wake: (() => void) | undefined;
  let readError: Error | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    queuedBytes += chunk.length;
    if (queuedBytes >= MAX_READ_AHEAD_BYTES) child.stdout.pause();
    wake?.();
  });
  child.stdout.on('error', (error) => (readError = error));
  // 'close' rather than 'end': also after a spawn error or a read error, when stdout never ends.
  child.stdout.on('close', () => {
    ended = true;
    wake?.();
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  };

  return {
    stop,
    async *chunks() {
      try {
        for (;;) {
          if (queue.length) {
            const batch = queue;
            queue = [];
            queuedBytes = 0;
            child.stdout.resume();
            yield batch;
          } else if (ended) {
            break;
          } else {
            await new Promise<void>((resolve) => (wake = resolve));
            wake = undefined;
          }
        }
        if (readError) throw readError;
        const code = await closed;
        if (spawnError) throw new GitError(label, spawnError.code === 'ENOENT' ? 'git is not installed or not on the PATH' : spawnError.message);
        if (code !== 0) throw new GitError(label, firstFatalLine(Buffer.concat(stderr).toString('utf8')));
      } finally {
        stop();
      }
    },
  };
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

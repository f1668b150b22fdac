import { execFile } from 'node:child_process';
import { GitError } from '../errors.js';
import { firstFatalLine } from './git-stream.js';

const GIT_MISSING = 'git is not installed or not on the PATH';
/** `git ls-files` of a very large repository is tens of megabytes; a limit only guards against a runaway git. */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

/**
 * Runs git in `cwd` and gives its stdout; a failing git command is an error with git's reason, never an
 * empty answer. Its messages are asked for in English (LC_ALL=C), so that the few leakguard tells apart
 * read the same in every language; the rest of the environment is passed as it is (GIT_DIR in a hook).
 * `answers`: exit statuses that are an answer of the command, not a failure.
 */
export function git(cwd: string, args: string[], answers: readonly number[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const options = { cwd, env: { ...process.env, LC_ALL: 'C' }, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8' } as const;
    execFile('git', args, options, (error, stdout, stderr) => {
      // Some commands answer with their exit status (check-ignore: 1 when nothing is ignored).
      if (!error || answers.includes(Number((error as { code?: unknown }).code))) return resolve(stdout);
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? GIT_MISSING : firstFatalLine(stderr.trim()) || error.message;
      reject(new GitError(args, reason, { cause: error }));
    });
  });
}

/** Outside any repository, inside a .git folder, or with no git at all: there is no work tree for git to list. */
const NO_WORK_TREE = new RegExp(`not a git repository|must be run in a work tree|${GIT_MISSING}`);

/**
 * The work tree's top folder, or undefined when `dir` is in none. Any other failure (a broken config, a
 * repository git refuses as unsafe) is an error: read as "no work tree", it would quietly change what a
 * scan reads, or stop `staged` with the wrong reason.
 */
export async function workTreeTop(dir: string): Promise<string | undefined> {
  const answer = await unlessNoWorkTree(git(dir, ['rev-parse', '--is-inside-work-tree', '--show-toplevel']));
  const [inside, top] = answer?.split('\n') ?? [];
  return inside === 'true' ? top : undefined;
}

/** The folder of a bare repository (a mirror on a server, say), or undefined for any other folder. */
export async function bareRepository(dir: string): Promise<string | undefined> {
  const answer = await unlessNoWorkTree(git(dir, ['rev-parse', '--is-bare-repository', '--absolute-git-dir']));
  const [bare, gitDir] = answer?.split('\n') ?? [];
  return bare === 'true' ? gitDir : undefined;
}

async function unlessNoWorkTree(query: Promise<string>): Promise<string | undefined> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof GitError && NO_WORK_TREE.test(error.message)) return undefined;
    throw error;
  }
}

/** A shallow clone's history stops at the commits it was cut at. */
export async function isShallowRepository(dir: string): Promise<boolean> {
  return (await git(dir, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

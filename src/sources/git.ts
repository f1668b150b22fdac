import { simpleGit } from 'simple-git';
import { GitError } from '../errors.js';

/** Runs git in `cwd`; a failing git command is an error, never an empty answer. */
export async function git(cwd: string, args: string[]): Promise<string> {
  try {
    return await simpleGit({ baseDir: cwd }).raw(args);
  } catch (error) {
    throw new GitError(args, (error as Error).message, { cause: error });
  }
}

/** The work tree's top folder, or undefined when `dir` is not inside a git work tree. */
export async function workTreeTop(dir: string): Promise<string | undefined> {
  try {
    const inside = (await git(dir, ['rev-parse', '--is-inside-work-tree'])).trim();
    if (inside !== 'true') return undefined;
    return (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    return undefined;
  }
}

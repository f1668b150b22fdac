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
    const [inside, top] = (await git(dir, ['rev-parse', '--is-inside-work-tree', '--show-toplevel'])).split('\n');
    return inside === 'true' ? top : undefined;
  } catch {
    return undefined;
  }
}

/** A shallow clone's history stops at the commits it was cut at. */
export async function isShallowRepository(dir: string): Promise<boolean> {
  return (await git(dir, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

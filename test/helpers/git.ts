import { execFileSync } from 'node:child_process';

/** Runs git in a test repository with a fixed identity and no user or system config. */
export function gitIn(cwd: string, ...args: string[]): string {
  return gitWith(cwd, {}, ...args);
}

/** gitIn with text on stdin (for `git add -p`) or more environment (for commit dates). */
export function gitWith(cwd: string, options: { input?: string; env?: NodeJS.ProcessEnv }, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    input: options.input,
    encoding: 'utf8',
    stdio: 'pipe', // git's progress and hints stay out of the test output; a failure carries them
    env: gitEnv(options.env),
  });
}

/** The environment of test git commands: a fixed identity, no user or system config. */
export function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.test',
    GIT_COMMITTER_NAME: 'Test Author',
    GIT_COMMITTER_EMAIL: 'author@example.test',
    ...extra,
  };
}

export function initRepo(cwd: string): void {
  gitIn(cwd, 'init', '-q', '-b', 'main');
}

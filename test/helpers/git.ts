import { execFileSync } from 'node:child_process';

/** Runs git in a test repository with a fixed identity and no user or system config. */
export function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test Author',
      GIT_AUTHOR_EMAIL: 'author@example.test',
      GIT_COMMITTER_NAME: 'Test Author',
      GIT_COMMITTER_EMAIL: 'author@example.test',
    },
  });
}

export function initRepo(cwd: string): void {
  gitIn(cwd, 'init', '-q', '-b', 'main');
}

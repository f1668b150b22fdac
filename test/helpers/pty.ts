import { spawnSync } from 'node:child_process';
import { shellQuote } from '../../src/shell-quote.js';
import { cliPath } from './cli.js';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/**
 * Runs the built CLI with a pseudo-terminal as its stdin, stdout and stderr, as in a developer's terminal:
 * util-linux `script` where there is one, else python3's pty module. Both streams come back as one, as a
 * terminal shows them. Colour is off unless the test sets it.
 */
export function runInPty(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { code: number | null; output: string } {
  const command = [process.execPath, cliPath, ...args].map(shellQuote).join(' ');
  const runner = has('script')
    ? ['script', ['-qec', command, '/dev/null']]
    : ['python3', ['-c', 'import os, pty, sys; sys.exit(os.waitstatus_to_exitcode(pty.spawn(["sh", "-c", sys.argv[1]])))', command]];
  const [file, runnerArgs] = runner as [string, string[]];
  const result = spawnSync(file, runnerArgs, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: undefined, ...env } });
  return { code: result.status, output: result.stdout };
}

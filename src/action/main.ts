import { escapeData } from '../report/github.js';
import { reportFailure } from '../report-failure.js';
import { runAction } from './run-action.js';

// The entry point of the GitHub Action (action.yml), bundled into action/main.js.

// A fetch from origin must fail, never wait for a password nobody will type.
process.env.GIT_TERMINAL_PROMPT = '0';

try {
  process.exitCode = await runAction(process.env, process.cwd());
} catch (error) {
  // The only place in the action that catches; the annotation puts the error on the run's page too.
  const line = reportFailure(error, process.env.RUNNER_DEBUG === '1');
  process.stdout.write(`::error title=leakguard::${escapeData(line)}\n`);
}

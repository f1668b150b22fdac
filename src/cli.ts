// The program the launcher (launcher.cts) runs: one command line, one command.
import { reportFailure } from './report-failure.js';

const args = process.argv.slice(2);

async function main(): Promise<void> {
  if (args.length === 1 && args[0] === 'staged') {
    // What a pre-commit hook runs on every commit. With no flag there is nothing to parse, and the parser's
    // start-up (its help layout is rendered on every run) would cost the hook a quarter of its time.
    const [{ stagedCommand }, { DEFAULT_REPORT_ARGS }] = await Promise.all([import('./commands/staged.js'), import('./commands/report-options.js')]);
    await stagedCommand.handler(DEFAULT_REPORT_ARGS);
  } else {
    await (await import('./command-line.js')).runCommandLine(args);
  }
}

// An entry point: the only place in the CLI that catches.
main().catch((error: unknown) => reportFailure(error, args.includes('--debug')));

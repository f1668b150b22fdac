#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { ExitCode, ScanError } from './errors.js';
import { installCommand, uninstallCommand } from './commands/install.js';
import { rulesCommand } from './commands/rules.js';
import { scanCommand } from './commands/scan.js';
import { stagedCommand } from './commands/staged.js';
import { historyCommand } from './commands/history.js';
import { doctorCommand } from './commands/doctor.js';
import { explainCommand } from './commands/explain.js';
import { mergeReportsCommand } from './commands/merge-reports.js';

/** The only place that catches: a known error is one `error:` line, exit 2. */
function fail(message: string, hint?: string): void {
  const oneLine = message.replace(/\s*\n\s*/g, ' ').trim();
  process.stderr.write(`error: ${oneLine}${hint ? ` (${hint})` : ''}\n`);
  process.exitCode = ExitCode.Error;
}

const debug = process.argv.includes('--debug');

try {
  await yargs(hideBin(process.argv))
    .scriptName('leakguard')
    .command(scanCommand)
    .command(stagedCommand)
    .command(historyCommand)
    .command(rulesCommand)
    .command(installCommand)
    .command(uninstallCommand)
    .command(doctorCommand)
    .command(explainCommand)
    .command(mergeReportsCommand)
    .example('$0 scan', 'scan what git sees in this folder')
    .example('$0 install', 'stop commits that add a secret (pre-commit hook)')
    .example('$0 doctor', 'check for .env and key files in git')
    .option('debug', { type: 'boolean', describe: 'Show stack traces of errors' })
    .demandCommand(1, 'name a command, for example: leakguard scan .')
    .strict()
    .fail((message, error) => {
      throw error ?? new ScanError(message ?? 'invalid arguments', 'see leakguard --help');
    })
    .help()
    .version()
    .parseAsync();
} catch (error) {
  if (error instanceof ScanError) {
    fail(error.message, error.hint);
    if (debug) process.stderr.write(`${error.stack}\n`);
  } else {
    fail(`unexpected: ${(error as Error)?.message ?? String(error)}`, 'please report this with --debug output');
    if (debug) process.stderr.write(`${(error as Error)?.stack}\n`);
  }
}

#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { ScanError } from './errors.js';
import { reportFailure } from './report-failure.js';
import { installCommand, uninstallCommand } from './commands/install.js';
import { rulesCommand } from './commands/rules.js';
import { baselineCommand } from './commands/baseline.js';
import { ignoreCommand } from './commands/ignore.js';
import { initCommand } from './commands/init.js';
import { scanCommand } from './commands/scan.js';
import { stagedCommand } from './commands/staged.js';
import { historyCommand } from './commands/history.js';

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
    .command(baselineCommand)
    .command(ignoreCommand)
    .command(initCommand)
    .option('debug', { type: 'boolean', describe: 'Show stack traces of errors' })
    .demandCommand(1, 'name a command, for example: leakguard scan .')
    .strict()
    .fail((message, error) => {
      // yargs wraps what an option's coerce throws in a YError: that is a usage error too.
      if (error?.name === 'YError') throw new ScanError(error.message, 'see leakguard --help');
      throw error ?? new ScanError(message ?? 'invalid arguments', 'see leakguard --help');
    })
    .help()
    .version()
    .parseAsync();
} catch (error) {
  // An entry point: the only place in the CLI that catches.
  reportFailure(error, debug);
}

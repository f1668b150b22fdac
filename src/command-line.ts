import type { Argv } from 'yargs';
import { ScanError } from './errors.js';
import { commands } from './commands/index.js';
import { packageVersion } from './package-version.js';

/** Parses the arguments and runs the command they name, with yargs: usage errors, --help and --version. */
export async function runCommandLine(args: string[]): Promise<void> {
  // The command asked for: the first argument that names one (none: load them all, as for --help).
  const requested = args.find((arg) => Object.hasOwn(commands, arg));
  const { default: yargs } = await import('yargs');
  const cli = yargs(args).scriptName('leakguard');
  for (const [name, entry] of Object.entries(commands)) {
    if (requested !== undefined && name !== requested) {
      cli.command(entry.usage, entry.describe);
      continue;
    }
    const { builder, handler } = await entry.load();
    cli.command(entry.usage, entry.describe, builder as (yargs: Argv) => Argv, handler as (argv: unknown) => Promise<void>);
  }
  await cli
    .example('$0 scan', 'scan what git sees in this folder')
    .example('$0 install', 'stop commits that add a secret (pre-commit hook)')
    .example('$0 doctor', 'check for .env and key files in git')
    .option('debug', { type: 'boolean', describe: 'Show stack traces of errors' })
    .demandCommand(1, 'name a command, for example: leakguard scan .')
    .strict()
    .fail((message, error) => {
      // yargs wraps what an option's coerce throws in a YError: that is a usage error too.
      if (error?.name === 'YError') throw new ScanError(error.message, 'see leakguard --help');
      throw error ?? new ScanError(message ?? 'invalid arguments', 'see leakguard --help');
    })
    .help()
    // Named, not guessed: yargs would look for the nearest package.json, which in a project is the project's.
    .version(packageVersion())
    .parseAsync();
}

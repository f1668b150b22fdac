import { join, relative, resolve } from 'node:path';
import type { Argv } from 'yargs';
import { ScanError } from '../errors.js';
import { workTreeTop } from '../sources/git.js';
import { appendToIgnoreFile, findIgnoreFile, FINGERPRINT, IGNORE_NAME } from '../suppress/ignore-file.js';

export const ignoreCommand = {
  builder: (yargs: Argv) =>
    yargs
      .positional('fingerprints', { type: 'string', array: true, demandOption: true, describe: 'Fingerprints from a report' })
      .option('reason', { alias: 'r', type: 'string', describe: 'Why they are not secrets (written as a # comment)' })
      .option('file', { type: 'string', describe: `Ignore file (default: ${IGNORE_NAME} here or at the git top level)` })
      .example('$0 ignore 3f2a9c0e1b7d4a6f8e2c5b19 -r "test vector"', 'silence one finding, with a reason'),
  handler: async (argv: { fingerprints: string[]; reason?: string; file?: string }) => {
    const cwd = process.cwd();
    argv.fingerprints.forEach((fingerprint, i) => {
      // Not echoed: a secret pasted here by mistake must not be printed back.
      if (!FINGERPRINT.test(fingerprint)) {
        throw new ScanError(`argument ${i + 1} is not a fingerprint`, 'copy the 24 hex characters of "fingerprint" from a JSON report');
      }
    });
    const top = await workTreeTop(cwd);
    const file = argv.file ? resolve(cwd, argv.file) : (findIgnoreFile(top ? [cwd, top] : [cwd]) ?? join(top ?? cwd, IGNORE_NAME));
    const added = appendToIgnoreFile(file, argv.fingerprints, argv.reason);
    const name = relative(cwd, file) || file;
    const them = argv.fingerprints.length === 1 ? 'it' : 'them';
    process.stdout.write(added.length ? `Added ${added.length} to ${name}.\n` : `${name} already holds ${them}.\n`);
  },
};

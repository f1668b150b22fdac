import type { Argv } from 'yargs';
import { scanStaged } from '../scan-git.js';
import { reportResult, withReportOptions, type ReportArgs } from './report-options.js';

export const stagedCommand = {
  builder: (yargs: Argv) =>
    withReportOptions(yargs)
      .example('$0 staged', 'in .git/hooks/pre-commit: block a commit that adds a secret or a .env file')
      .example('$0 staged --quiet', 'the same, silent unless something is found'),
  handler: async (argv: ReportArgs) => {
    reportResult(await scanStaged({ cwd: process.cwd(), configFile: argv.config, inlineAllow: argv.inlineAllow, decodeDepth: argv.decodeDepth, minConfidence: argv.minConfidence }), argv);
  },
};

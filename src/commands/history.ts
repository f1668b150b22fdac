import type { Argv } from 'yargs';
import { scanHistory } from '../scan-git.js';
import { reportResult, withReportOptions, type ReportArgs } from './report-options.js';

export const historyCommand = {
  builder: (yargs: Argv) =>
    withReportOptions(yargs)
      .option('range', { type: 'string', describe: 'Revision range as git log takes it, e.g. main..feature' })
      .option('branch', { type: 'string', describe: 'Only the commits of this branch' })
      .option('since', { type: 'string', describe: 'Only commits more recent than this date, e.g. 2024-01-01' })
      .conflicts('range', 'branch')
      .example('$0 history', 'every commit reachable from any ref')
      .example('$0 history --range origin/main..HEAD --format json', 'the commits a push would add'),
  handler: async (argv: ReportArgs & { range?: string; branch?: string; since?: string }) => {
    const result = await scanHistory({ cwd: process.cwd(), configFile: argv.config, inlineAllow: argv.inlineAllow, decodeDepth: argv.decodeDepth, minConfidence: argv.minConfidence, range: argv.range, branch: argv.branch, since: argv.since });
    reportResult(result, argv);
  },
};

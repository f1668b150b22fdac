import type { Argv } from 'yargs';
import { withProgress } from '../progress.js';
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
      .example('$0 history --range origin/main..HEAD --format json', 'the commits a push would add')
      .example('$0 history --since 2024-01-01 --format json -o repo.json', 'JSON to merge with other repositories\' reports (merge-reports)'),
  handler: async (argv: ReportArgs & { range?: string; branch?: string; since?: string }) => {
    const { range, branch, since } = argv;
    const options = { cwd: process.cwd(), configFile: argv.config, inlineAllow: argv.inlineAllow, decodeDepth: argv.decodeDepth, minConfidence: argv.minConfidence };
    const result = await withProgress(argv, 'commits', 0, (progress) => scanHistory({ ...options, range, branch, since, progress }));
    reportResult(result, argv);
  },
};

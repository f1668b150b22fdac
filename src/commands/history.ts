import type { Argv } from 'yargs';
import { withProgress } from '../progress.js';
import { startHistoryLog } from '../sources/history-log.js';
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
    const options = { cwd: process.cwd(), configFile: argv.config, inlineAllow: argv.inlineAllow, decodeDepth: argv.decodeDepth, minConfidence: argv.minConfidence, range, branch, since };
    // git log is most of a history scan's time: it starts before the scan's own modules load.
    const log = startHistoryLog(options.cwd, options);
    try {
      const { scanHistory } = await import('../scan-git.js');
      const result = await withProgress(argv, 'commits', 0, (progress) => scanHistory({ ...options, progress }, log));
      reportResult(result, argv);
    } finally {
      log.stop();
    }
  },
};

import type { Argv } from 'yargs';
import { withProgress } from '../progress.js';
import { scanFiles } from '../scan-files.js';
import { reportResult, withReportOptions, type ReportArgs } from './report-options.js';

/** A scan of fewer files is over before a progress line would help. */
const PROGRESS_FROM_FILES = 200;

export const scanCommand = {
  command: 'scan [paths..]',
  describe: 'Scan files and folders for secrets',
  builder: (yargs: Argv) =>
    withReportOptions(yargs)
      .positional('paths', { type: 'string', array: true, describe: 'Files or folders (default: .)' })
      .option('all-files', { type: 'boolean', default: false, describe: 'Scan every file, also those git ignores' })
      .option('max-file-size', { type: 'number', describe: 'Skip files larger than this many bytes (default 10 MiB)' })
      .example('$0 scan', 'scan what git sees in the current folder')
      .example('$0 scan src .env --format json -o report.json', 'scan two paths, JSON report to a file')
      .example('$0 scan --all-files --verbose', 'also git-ignored files, and list what was skipped'),
  handler: async (argv: ReportArgs & { paths?: string[]; allFiles: boolean; maxFileSize?: number }) => {
    const result = await withProgress(argv, 'files', PROGRESS_FROM_FILES, (progress) =>
      scanFiles({
        paths: argv.paths ?? [],
        cwd: process.cwd(),
        allFiles: argv.allFiles,
        maxFileSize: argv.maxFileSize,
        configFile: argv.config,
        progress,
      }),
    );
    reportResult(result, argv);
  },
};

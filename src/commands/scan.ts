import type { Argv } from 'yargs';
import { withProgress } from '../progress.js';
import { scanFiles } from '../scan-files.js';
import { fileScanOptions, withFileScanOptions, type FileScanArgs } from './file-scan-options.js';
import { reportResult, withReportOptions, type ReportArgs } from './report-options.js';

/** A scan of fewer files is over before a progress line would help. */
const PROGRESS_FROM_FILES = 200;

export const scanCommand = {
  builder: (yargs: Argv) =>
    withFileScanOptions(withReportOptions(yargs))
      .example('$0 scan', 'scan what git sees in the current folder')
      .example('$0 scan src .env --format json -o report.json', 'scan two paths, JSON report to a file')
      .example('$0 scan --all-files --verbose', 'also git-ignored files, and list what was skipped'),
  handler: async (argv: FileScanArgs & ReportArgs) => {
    const options = fileScanOptions(argv, process.cwd());
    reportResult(await withProgress(argv, 'files', PROGRESS_FROM_FILES, (progress) => scanFiles({ ...options, progress })), argv);
  },
};

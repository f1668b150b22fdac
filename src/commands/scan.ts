import type { Argv } from 'yargs';
import { scanFiles } from '../scan-files.js';
import { fileScanOptions, withFileScanOptions, type FileScanArgs } from './file-scan-options.js';
import { reportResult, withReportOptions, type ReportArgs } from './report-options.js';

export const scanCommand = {
  builder: (yargs: Argv) =>
    withFileScanOptions(withReportOptions(yargs))
      .example('$0 scan', 'scan what git sees in the current folder')
      .example('$0 scan src .env --format json -o report.json', 'scan two paths, JSON report to a file'),
  handler: async (argv: FileScanArgs & ReportArgs) => {
    reportResult(await scanFiles(fileScanOptions(argv, process.cwd())), argv);
  },
};

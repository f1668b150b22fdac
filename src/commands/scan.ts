import type { Argv } from 'yargs';
import { describeUpdate } from '../baseline/update-entries.js';
import { ExitCode } from '../errors.js';
import { scanFiles } from '../scan-files.js';
import { applySuppressions, exitCodeOf } from '../suppress/apply-suppressions.js';
import { writeReport } from '../write-report.js';
import { fileScanOptions, withFileScanOptions, type FileScanArgs } from './file-scan-options.js';
import { withReportOptions } from './report-options.js';
import { withSuppressionOptions, type SuppressionArgs } from './suppression-options.js';

export const scanCommand = {
  command: 'scan [paths..]',
  describe: 'Scan files and folders for secrets',
  builder: (yargs: Argv) =>
    withSuppressionOptions(withFileScanOptions(withReportOptions(yargs)))
      .example('$0 scan', 'scan what git sees in the current folder')
      .example('$0 scan src .env --format json -o report.json', 'scan two paths, JSON report to a file'),
  handler: async (
    argv: FileScanArgs &
      SuppressionArgs & {
        format: string;
        output?: string;
        showSecrets: boolean;
        color: boolean;
      },
  ) => {
    const cwd = process.cwd();
    const scanned = await scanFiles(fileScanOptions(argv, cwd));
    const { result, update } = applySuppressions(scanned, { cwd, baselineFile: argv.baseline, update: argv.updateBaseline });
    writeReport(result, argv);
    // The report may be JSON on stdout: what the update did goes to stderr.
    if (update) process.stderr.write(describeUpdate(update, cwd));
    process.exitCode = update ? ExitCode.Clean : exitCodeOf(result);
  },
};

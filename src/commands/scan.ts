import type { Argv } from 'yargs';
import { scanFiles } from '../scan-files.js';
import { reportResult, withReportOptions } from './report-options.js';

export const scanCommand = {
  command: 'scan [paths..]',
  describe: 'Scan files and folders for secrets',
  builder: (yargs: Argv) =>
    withReportOptions(yargs)
      .positional('paths', { type: 'string', array: true, describe: 'Files or folders (default: .)' })
      .option('all-files', { type: 'boolean', default: false, describe: 'Scan every file, also those git ignores' })
      .option('max-file-size', { type: 'number', describe: 'Skip files larger than this many bytes (default 10 MiB)' })
      .example('$0 scan', 'scan what git sees in the current folder')
      .example('$0 scan src .env --format json -o report.json', 'scan two paths, JSON report to a file'),
  handler: async (argv: {
    paths?: string[];
    format: string;
    output?: string;
    showSecrets: boolean;
    color: boolean;
    config?: string;
    allFiles: boolean;
    maxFileSize?: number;
  }) => {
    const result = await scanFiles({
      paths: argv.paths ?? [],
      cwd: process.cwd(),
      allFiles: argv.allFiles,
      maxFileSize: argv.maxFileSize,
      configFile: argv.config,
    });
    reportResult(result, argv);
  },
};

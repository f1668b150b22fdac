import type { Argv } from 'yargs';

/** What `scan` and `baseline` read: paths on disk, and which of them. */
export function withFileScanOptions<T>(yargs: Argv<T>) {
  return yargs
    .positional('paths', { type: 'string', array: true, describe: 'Files or folders (default: .)' })
    .option('all-files', { type: 'boolean', default: false, describe: 'Scan every file, also those git ignores' })
    .option('max-file-size', { type: 'number', describe: 'Skip files larger than this many bytes (default 10 MiB)' });
}

export interface FileScanArgs {
  paths?: string[];
  allFiles: boolean;
  maxFileSize?: number;
  config?: string;
  inlineAllow: boolean;
  decodeDepth?: number;
  minConfidence?: 'low' | 'medium' | 'high';
}

export const fileScanOptions = (argv: FileScanArgs, cwd: string) => ({
  paths: argv.paths ?? [],
  cwd,
  allFiles: argv.allFiles,
  maxFileSize: argv.maxFileSize,
  configFile: argv.config,
  inlineAllow: argv.inlineAllow,
  decodeDepth: argv.decodeDepth,
  minConfidence: argv.minConfidence,
});

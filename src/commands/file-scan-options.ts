import type { Argv } from 'yargs';
import { ScanError } from '../errors.js';
import { MAX_FILE_SIZE_LIMIT } from '../sources/read-text.js';

/** What `scan` and `baseline` read: paths on disk, and which of them. */
export function withFileScanOptions<T>(yargs: Argv<T>) {
  return yargs
    .positional('paths', { type: 'string', array: true, describe: 'Files or folders (default: .)' })
    .option('all-files', { type: 'boolean', default: false, describe: 'Scan every file, also those git ignores' })
    .option('max-file-size', { type: 'number', describe: 'Skip files larger than this many bytes (default 10 MiB, at most 256 MiB)' });
}

/** A typo must not turn the limit off: yargs reads `--max-file-size 10M` as NaN, and no size is larger than NaN. */
function fileSizeLimit(value: number | undefined): number | undefined {
  if (value !== undefined && (!Number.isInteger(value) || value < 1 || value > MAX_FILE_SIZE_LIMIT)) {
    throw new ScanError(`--max-file-size must be a whole number of bytes from 1 to ${MAX_FILE_SIZE_LIMIT}`, 'for example --max-file-size 5000000');
  }
  return value;
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
  maxFileSize: fileSizeLimit(argv.maxFileSize),
  configFile: argv.config,
  inlineAllow: argv.inlineAllow,
  decodeDepth: argv.decodeDepth,
  minConfidence: argv.minConfidence,
});

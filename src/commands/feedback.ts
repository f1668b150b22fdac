import type { Argv } from 'yargs';
import type { ScanResult } from '../types.js';

/** How much a scanning command says beside its report. */
export function withFeedbackOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('quiet', { alias: 'q', type: 'boolean', describe: 'Only findings and errors: no progress, summary, advice or warnings' })
    .option('verbose', { type: 'boolean', describe: 'Also list on stderr each file skipped, and why' })
    .conflicts('quiet', 'verbose');
}

export interface FeedbackArgs {
  quiet?: boolean;
  verbose?: boolean;
}

/** Beside the report, on stderr so that a machine format on stdout stays whole: warnings, and skips with --verbose. */
export function writeFeedback(result: ScanResult, argv: FeedbackArgs): void {
  if (!argv.quiet) for (const warning of result.warnings ?? []) process.stderr.write(`warning: ${warning}\n`);
  if (!argv.verbose) return;
  for (const skip of result.skips) process.stderr.write(`skipped ${skip.path}: ${skip.reason}\n`);
  // History lists a bounded number of skips; the count is exact.
  const unlisted = result.stats.skipped - result.skips.length;
  if (unlisted > 0) process.stderr.write(`skipped ${unlisted} more, not listed\n`);
}

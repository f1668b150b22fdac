import type { Argv } from 'yargs';
import { describeUpdate } from '../baseline/update-entries.js';
import type { ScannedResult } from '../config/scan-context.js';
import { ExitCode, ScanError } from '../errors.js';
import { formatNames } from '../report/index.js';
import type { Confidence } from '../types.js';
import { applySuppressions, exitCodeOf } from '../suppress/apply-suppressions.js';
import type { ScanStats } from '../types.js';
import { writeReport, type OutputOptions } from '../write-report.js';
import { DEFAULT_SUPPRESSION_ARGS, withSuppressionOptions, type SuppressionArgs } from './suppression-options.js';
import { withFeedbackOptions, writeFeedback, type FeedbackArgs } from './feedback.js';

export const configOption = {
  alias: 'c',
  type: 'string',
  describe: 'Config file (default: .leakguard.yaml|.yml|.json at the root)',
} as const;

/** The flags `withReportOptions` adds, each at its default: a scanning command run with no flag. */
export const DEFAULT_REPORT_ARGS = {
  format: 'text',
  showSecrets: false,
  color: true,
  failOnEmpty: false,
  decodeDepth: 2,
  ...DEFAULT_SUPPRESSION_ARGS,
} as const satisfies ReportArgs;

/** Options every scanning command shares: what to print and where, and which findings are known or allowed. */
export function withReportOptions<T>(yargs: Argv<T>) {
  return withFeedbackOptions(withSuppressionOptions(
    yargs
      .option('format', { alias: 'f', choices: formatNames, default: DEFAULT_REPORT_ARGS.format, describe: 'Report format' })
      .option('output', { alias: 'o', type: 'string', describe: 'Write the report to this file instead of stdout' })
      .option('show-secrets', { type: 'boolean', default: DEFAULT_REPORT_ARGS.showSecrets, describe: 'Print secrets in clear (never the default)' })
      .option('color', { type: 'boolean', default: DEFAULT_REPORT_ARGS.color, describe: 'Colour the text report (--no-color, or NO_COLOR, to turn off)' })
      .option('fail-on-empty', { type: 'boolean', default: DEFAULT_REPORT_ARGS.failOnEmpty, describe: 'Exit 2 when nothing was scanned (no file read, no commit selected), for CI' })
      .option('config', configOption)
      .option('min-confidence', { choices: ['low', 'medium', 'high'] as const, describe: 'Run only rules of this confidence or above (default: the config, else low)' })
      .option('decode-depth', {
        type: 'number',
        default: DEFAULT_REPORT_ARGS.decodeDepth,
        describe: 'Layers of encoding (base64, hex, URL, escapes) to look through; 0 turns decoding off',
        coerce: (depth: number) => {
          if (!Number.isInteger(depth) || depth < 0 || depth > 4) throw new ScanError(`--decode-depth takes 0 to 4, not ${depth}`);
          return depth;
        },
      }),
  ));
}

/** The flags `withReportOptions` adds. */
export interface ReportArgs extends OutputOptions, SuppressionArgs, FeedbackArgs {
  config?: string;
  decodeDepth: number;
  minConfidence?: Confidence;
  failOnEmpty: boolean;
}

/**
 * Every scanning command ends the same way: the allow list, ignore file and baseline, then the
 * report, then exit 1 when anything new was found (0 after --update-baseline, which accepts it).
 */
export function reportResult(scanned: ScannedResult, argv: ReportArgs): void {
  const empty = emptyScan(scanned.stats);
  if (empty && argv.failOnEmpty) {
    throw new ScanError(`nothing was scanned: ${empty.reason}`, 'check the paths, exclude globs and revisions; without --fail-on-empty an empty scan passes');
  }
  // On stderr, where a JSON or SARIF consumer does not trip on it, and a person in CI still sees it.
  if (empty?.unexpected) process.stderr.write(`leakguard: nothing was scanned: ${empty.reason}\n`);
  const cwd = process.cwd();
  const { result, update } = applySuppressions(scanned, { cwd, baselineFile: argv.baseline, update: argv.updateBaseline });
  writeFeedback(result, argv);
  writeReport(result, argv);
  // The report may be JSON on stdout: what the update did goes to stderr.
  if (update) process.stderr.write(describeUpdate(update, cwd));
  process.exitCode = update ? ExitCode.Clean : exitCodeOf(result);
}

/**
 * Why a scan read nothing, or undefined when it read something. Unexpected for files and for history, where
 * it means a wrong path, an exclude glob that takes everything or a range that selects no commit; a commit
 * that adds no line is no surprise to `staged`. Commits that add nothing are still commits scanned.
 */
function emptyScan(stats: ScanStats): { reason: string; unexpected: boolean } | undefined {
  if (stats.commits === 0) return { reason: 'no commit was selected', unexpected: true };
  if (stats.commits !== undefined || stats.files > 0) return undefined;
  const staged = stats.lines !== undefined;
  const skipped = `every ${staged ? 'staged ' : ''}file was skipped (${stats.skipped}: binary, too large, unreadable or not a file)`;
  if (stats.skipped > 0) return { reason: skipped, unexpected: !staged };
  return { reason: staged ? 'nothing staged adds a line' : 'no file to read (none there, or every one excluded)', unexpected: !staged };
}

import type { Argv } from 'yargs';
import { ExitCode } from '../errors.js';
import { formatNames } from '../report/index.js';
import type { ScanResult } from '../types.js';
import { writeReport, type OutputOptions } from '../write-report.js';
import { withFeedbackOptions, writeFeedback, type FeedbackArgs } from './feedback.js';

/** Options every scanning command shares: what to print and where. */
export function withReportOptions<T>(yargs: Argv<T>) {
  const reporting = yargs
    .option('format', { alias: 'f', choices: formatNames, default: 'text', describe: 'Report format' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to this file instead of stdout' })
    .option('show-secrets', { type: 'boolean', default: false, describe: 'Print secrets in clear (never the default)' })
    .option('color', { type: 'boolean', default: true, describe: 'Colour the text report (--no-color, or NO_COLOR, to turn off)' })
    .option('config', { alias: 'c', type: 'string', describe: 'Config file (default: .leakguard.yaml|.yml|.json at the root)' });
  return withFeedbackOptions(reporting);
}

/** The flags `withReportOptions` adds. */
export interface ReportArgs extends OutputOptions, FeedbackArgs {
  config?: string;
}

/** Every scanning command ends the same way: the report, then exit 1 when anything was found. */
export function reportResult(result: ScanResult, argv: OutputOptions & FeedbackArgs): void {
  writeFeedback(result, argv);
  writeReport(result, argv);
  process.exitCode = result.findings.length ? ExitCode.Findings : ExitCode.Clean;
}

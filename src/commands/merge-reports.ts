import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { ExitCode, ScanError } from '../errors.js';
import { labelOf, mergeReports, readJsonReport } from '../merge-reports.js';
import { writeOutput } from '../write-report.js';

export const mergeReportsCommand = {
  builder: (yargs: Argv) =>
    yargs
      .positional('reports', { type: 'string', array: true, demandOption: true, describe: 'Reports written with --format json' })
      .option('label', { alias: 'l', type: 'string', array: true, describe: 'Repository of each report, in order (default: the file name without .json)' })
      .option('output', { alias: 'o', type: 'string', describe: 'Write the merged report to this file instead of stdout' })
      .example('$0 merge-reports reports/*.json -o org.json', 'one report for the organisation; api.json is labelled "api"')
      .example('$0 merge-reports a.json b.json --label acme/api --label acme/web', 'name the repositories yourself'),
  handler: (argv: { reports: string[]; label?: string[]; output?: string }) => {
    const labels = argv.label ?? argv.reports.map(labelOf);
    if (labels.length !== argv.reports.length) {
      throw new ScanError(`${labels.length} labels for ${argv.reports.length} reports`, 'give one --label per report, in the same order, or none');
    }
    const merged = mergeReports(argv.reports.map((path, i) => ({ label: labels[i]!, report: readJsonReport(resolve(path)) })));
    writeOutput(`${JSON.stringify(merged, null, 2)}\n`, argv.output);
    process.exitCode = merged.findings.length ? ExitCode.Findings : ExitCode.Clean;
  },
};

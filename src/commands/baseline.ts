import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import type { BaselineEntry } from '../baseline/baseline-file.js';
import type { BaselineMatch } from '../baseline/match-baseline.js';
import { importDetectSecrets, importGitleaks } from '../baseline/import-foreign.js';
import { describeUpdate } from '../baseline/update-entries.js';
import { scanFiles } from '../scan-files.js';
import { scanHistory } from '../scan-git.js';
import { applySuppressions } from '../suppress/apply-suppressions.js';
import { fileScanOptions, withFileScanOptions, type FileScanArgs } from './file-scan-options.js';
import { configOption } from './report-options.js';
import type { Finding } from '../types.js';
import { baselineOption, inlineAllowOption } from './suppression-options.js';

export const baselineCommand = {
  builder: (yargs: Argv) =>
    withFileScanOptions(yargs)
      .option('config', configOption)
      .option('baseline', baselineOption)
      .option('inline-allow', inlineAllowOption)
      .option('history', { type: 'boolean', default: false, describe: 'Accept what the git history holds (as leakguard history finds it) instead of the files' })
      .option('range', { type: 'string', describe: 'With --history: a revision range as git log takes it' })
      .option('branch', { type: 'string', describe: 'With --history: only the commits of this branch' })
      .option('since', { type: 'string', describe: 'With --history: only commits more recent than this date' })
      .option('from-gitleaks', { type: 'string', describe: 'Accept only what this gitleaks JSON report (or its baseline) holds' })
      .option('from-detect-secrets', { type: 'string', describe: 'Accept only what this detect-secrets .secrets.baseline holds' })
      .example('$0 baseline', 'accept every current finding')
      .example('$0 baseline --history', 'accept every secret ever committed; leakguard history then reports only new ones')
      .example('$0 baseline --from-gitleaks gitleaks-report.json', 'switch from gitleaks without re-auditing'),
  handler: async (argv: FileScanArgs & HistoryArgs & { baseline?: string; fromGitleaks?: string; fromDetectSecrets?: string }) => {
    const cwd = process.cwd();
    const imported = [
      ...(argv.fromGitleaks ? importGitleaks(resolve(cwd, argv.fromGitleaks)) : []),
      ...(argv.fromDetectSecrets ? importDetectSecrets(resolve(cwd, argv.fromDetectSecrets)) : []),
    ];
    const importing = Boolean(argv.fromGitleaks || argv.fromDetectSecrets);
    const options = fileScanOptions(argv, cwd);
    const scanned = argv.history
      ? await scanHistory({ ...options, range: argv.range, branch: argv.branch, since: argv.since })
      : await scanFiles(options);
    const { result, update } = applySuppressions(scanned, {
      cwd,
      baselineFile: argv.baseline,
      update: true,
      addNew: !importing,
      imported,
    });
    if (importing) process.stdout.write(describeImport(imported, update!.match, result.findings));
    process.stdout.write(describeUpdate(update!, cwd, 'Wrote'));
  },
};

interface HistoryArgs {
  history: boolean;
  range?: string;
  branch?: string;
  since?: string;
}

/** How an import went: what matched a finding, what was kept for scans that cover it, what was dropped. */
function describeImport(imported: readonly BaselineEntry[], match: BaselineMatch, findings: readonly Finding[]): string {
  const count = (entries: readonly (BaselineEntry | undefined)[]) => imported.filter((entry) => entries.includes(entry)).length;
  const kept = imported.filter((entry) => match.unjudged.includes(entry));
  const lineBound = kept.filter((entry) => entry.line !== undefined).length;
  const notAccepted = findings.filter((finding) => finding.status === 'new').length;
  return [
    `Imported ${imported.length}: ${count(match.knownBy)} match current findings, ` +
      `${kept.length} kept for files or commits this scan did not cover, ${count(match.stale)} dropped (no longer found).`,
    ...(lineBound
      ? [`${lineBound} kept ${lineBound === 1 ? 'entry has' : 'entries have'} no secret hash (a redacted report): matched by file and line only.`]
      : []),
    ...(notAccepted
      ? [`${notAccepted} current ${notAccepted === 1 ? 'finding is' : 'findings are'} not in the import and not accepted: review them with leakguard scan.`]
      : []),
  ].map((line) => `${line}\n`).join('');
}

import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { ScanError } from '../errors.js';
import { explainRule } from '../explain.js';
import { readJsonReport } from '../merge-reports.js';
import { findingRecord } from '../report/json.js';
import { scanFiles } from '../scan-files.js';
import { scanStaged } from '../scan-git.js';
import { workTreeTop } from '../sources/git.js';

const FINGERPRINT = /^[0-9a-f]{24}$/;
const REDACTED = { color: false, showSecrets: false };

/** The finding with this fingerprint: from the report given, else in the files here, else in what is staged. */
async function findFinding(fingerprint: string, cwd: string, report: string | undefined): Promise<Record<string, unknown>> {
  const match = (findings: ReadonlyArray<Record<string, unknown>>) => findings.find((finding) => finding.fingerprint === fingerprint);
  if (report) {
    const found = match(readJsonReport(resolve(cwd, report)).findings);
    if (found) return found;
    throw new ScanError(`no finding with fingerprint ${fingerprint} in ${report}`, 'copy the fingerprint from that report');
  }
  const inFiles = match((await scanFiles({ paths: [], cwd })).findings.map((finding) => findingRecord(finding, REDACTED)));
  if (inFiles) return inFiles;
  const inIndex = (await workTreeTop(cwd)) === undefined ? undefined : match((await scanStaged({ cwd })).findings.map((finding) => findingRecord(finding, REDACTED)));
  if (inIndex) return inIndex;
  throw new ScanError(`no finding with fingerprint ${fingerprint} in the files here or in what is staged`, 'for one found in history or elsewhere, give its JSON report: --report FILE');
}

function findingHeader(fingerprint: string, finding: Record<string, unknown>): string {
  const commit = typeof finding.commit === 'string' ? [`  in commit ${finding.commit.slice(0, 12)} by ${String(finding.author)} on ${String(finding.date)}`] : [];
  const repository = typeof finding.repository === 'string' ? `${finding.repository}: ` : '';
  const where = `${repository}${String(finding.file)}:${String(finding.line)}:${String(finding.column)}`;
  return [`Finding ${fingerprint}`, `  ${where}  ${String(finding.ruleId)}  ${String(finding.match)}`, ...commit].join('\n');
}

export const explainCommand = {
  builder: (yargs: Argv) =>
    yargs
      .positional('what', { type: 'string', demandOption: true, describe: 'A rule id, or a finding’s fingerprint from a report' })
      .option('report', { alias: 'r', type: 'string', describe: 'JSON report to look the fingerprint up in (default: scan here)' })
      .example('$0 explain anthropic-api-key', 'the rule, its rotation and how to allow a false alarm')
      .example('$0 explain sensitive-file-env', 'why a committed .env is stopped, and how to take it out')
      .example('$0 explain 3f2a9c0e1b7d4a6f8e2c5b19 --report history.json', 'a finding of a history report, and its rule'),
  handler: async (argv: { what: string; report?: string }) => {
    if (!FINGERPRINT.test(argv.what)) {
      process.stdout.write(explainRule(argv.what));
      return;
    }
    const finding = await findFinding(argv.what, process.cwd(), argv.report);
    process.stdout.write(`${findingHeader(argv.what, finding)}\n\n${explainRule(String(finding.ruleId))}`);
  },
};

import { resolve } from 'node:path';
import { ExitCode, ScanError } from '../errors.js';
import { reporters } from '../report/index.js';
import { scanHistory } from '../scan-git.js';
import { scrubSecrets } from '../scrub-secrets.js';
import { workTreeTop } from '../sources/git.js';
import { applySuppressions, exitCodeOf } from '../suppress/apply-suppressions.js';
import type { HistorySelection } from '../sources/history.js';
import { writeReport } from '../write-report.js';
import { ensureCommits } from './ensure-commits.js';
import { planScan, type ScanPlan } from './event-plan.js';
import { readInputs } from './inputs.js';
import { appendSummary, readEvent, setOutputs } from './runner-files.js';

const REDACTED = { color: false, showSecrets: false } as const;

/** The commits a plan names, as `leakguard history` selects them. */
function selectionOf(plan: Exclude<ScanPlan, { kind: 'nothing' }>, since: string | undefined): HistorySelection {
  if (plan.kind === 'history') return plan.selection;
  const range = [...plan.tips.map((r) => r.rev), ...plan.known.map((r) => `^${r.rev}`)].join(' ');
  // The known commits are not scanned, so a merge of one of them must not be diffed against it.
  return { range, since, mergeDiff: 'remerge' };
}

/**
 * The action from event to outputs: plan the commits from the event, make sure the checkout has them,
 * scan them, then annotations on stdout, the Markdown table in the job summary, SARIF to a file, and the
 * `findings` and `sarif-file` outputs. Returns the exit code.
 */
export async function runAction(env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  // The log and the summary name the commits, which the event and the args name: a pasted key stays out.
  const log = (line: string) => process.stdout.write(`${scrubSecrets(line)}\n`);
  const inputs = readInputs(env);
  const event = readEvent(env);
  if ((await workTreeTop(cwd)) === undefined) throw new ScanError(`no git work tree at ${cwd}`, 'run actions/checkout with fetch-depth: 0 before leakguard');

  const plan = await ensureCommits(cwd, planScan(event, inputs.selection), log);
  if (plan.kind === 'nothing') {
    log(`leakguard: nothing to scan: ${plan.what}`);
    appendSummary(env, `## leakguard\n\nNothing to scan: ${scrubSecrets(plan.what)}.\n`);
    setOutputs(env, { findings: 0 });
    return ExitCode.Clean;
  }
  log(`leakguard: scanning ${plan.what}`);
  const scanned = await scanHistory({ cwd, configFile: inputs.config, ...selectionOf(plan, inputs.selection.since) });
  // The allow list, ignore file and baseline, as for every scanning command: known findings do not fail the step.
  const { result } = applySuppressions(scanned, { cwd, baselineFile: inputs.baseline });

  writeReport(result, { ...REDACTED, format: 'github' });
  const sarifFile = resolve(cwd, env.RUNNER_TEMP || '.', 'leakguard.sarif');
  writeReport(result, { ...REDACTED, format: 'sarif', output: sarifFile });
  appendSummary(env, `${reporters.markdown!(result, REDACTED)}\nScope: ${scrubSecrets(plan.what)}.\n`);
  setOutputs(env, { findings: result.findings.filter((finding) => finding.status !== 'known').length, 'sarif-file': sarifFile });

  if (exitCodeOf(result) === ExitCode.Clean) return ExitCode.Clean;
  if (inputs.failOnFindings) return ExitCode.Findings;
  log('leakguard: fail-on-findings is false, so the step passes with the findings above');
  return ExitCode.Clean;
}

import { scanContext, type ScanContext, type ScannedResult } from './config/scan-context.js';
import { ScanError } from './errors.js';
import { stagedEntries } from './hygiene/sensitive-files.js';
import { withStagedFileFindings } from './hygiene/staged-files.js';
import type { ProgressSink } from './progress.js';
import { runScan, type SourceOptions } from './run-scan.js';
import { bareRepository, isShallowRepository, workTreeTop } from './sources/git.js';
import type { GitOutput } from './sources/git-stream.js';
import { historySource } from './sources/history.js';
import { countCommits, startHistoryLog, type HistorySelection } from './sources/history-log.js';
import { stagedSource, startStagedDiff } from './sources/staged.js';
import type { Confidence } from './types.js';

export interface GitScanOptions {
  cwd: string;
  configFile?: string;
  inlineAllow?: boolean;
  decodeDepth?: number;
  minConfidence?: Confidence;
  /** History: told the commits done of the total as they are scanned. */
  progress?: ProgressSink;
}

/** `leakguard staged`: the lines the next commit adds, and the files it should not add. Paths are relative to the top level. */
export async function scanStaged(options: GitScanOptions): Promise<ScannedResult> {
  // Both git processes start at once, and run while the work tree is found and the config and rules load:
  // the diff, and the listing of the staged files for the sensitive-file stage (paths from the top level).
  const diff = startStagedDiff(options.cwd);
  const entries = stagedEntries(options.cwd);
  entries.catch(() => undefined); // when the scan fails first, its error is the one reported
  try {
    const { top, context } = await contextAtTop(options);
    // The sensitive-file stage passes over what the config excludes, as every source does.
    let isExcluded: SourceOptions['isExcluded'] = () => false;
    const result = await runScan(context, (sourceOptions) => {
      isExcluded = sourceOptions.isExcluded;
      return stagedSource(diff, sourceOptions);
    });
    return { ...(await withStagedFileFindings(result, top, await entries, isExcluded)), context, source: 'staged' };
  } finally {
    diff.stop();
  }
}

/**
 * `leakguard history`: every selected commit, each secret in the commit that introduced it. `log`: the
 * selection's git log, when the caller started it already; else it starts first, so that git diffs while
 * the config and rules load.
 */
export async function scanHistory(options: GitScanOptions & HistorySelection, log = startHistoryLog(options.cwd, options)): Promise<ScannedResult> {
  try {
    return await scanLog(log, options);
  } finally {
    log.stop();
  }
}

async function scanLog(log: GitOutput, options: GitScanOptions & HistorySelection): Promise<ScannedResult> {
  const { progress } = options;
  const { context } = await contextAtTop(options, true);
  const truncated = await isShallowRepository(options.cwd);
  // The count runs beside the scan; until it comes, the progress line shows the rate. It is cosmetic, so a
  // failure is the scan's to report.
  if (progress) countCommits(options.cwd, options).then((total) => progress.total(total), () => undefined);
  const onFragment = progress && ((stats: { commits?: number; bytes: number }, findings: number) => progress.update(stats.commits ?? 0, stats.bytes, findings));
  const result = await runScan(context, (sourceOptions) => historySource(log, sourceOptions), { onFragment });
  const everything = !options.branch && !options.range && !options.since;
  if (everything && result.stats.commits === 0) {
    throw new ScanError('the repository has no commits yet', 'commit something first; leakguard staged scans what is staged');
  }
  return { ...result, stats: { ...result.stats, truncated }, source: 'history' };
}

/**
 * The config, baseline and ignore file come from the top level, where the paths of findings start. History
 * needs no work tree: a bare repository (a mirror, a server) is scanned from its own folder.
 */
async function contextAtTop(options: GitScanOptions, bareToo = false): Promise<{ top: string; context: ScanContext }> {
  const top = (await workTreeTop(options.cwd)) ?? (bareToo ? await bareRepository(options.cwd) : undefined);
  if (top === undefined) throw new ScanError(`not inside a git work tree: ${options.cwd}`, 'run it in a git repository');
  return { top, context: await scanContext(top, options, top) };
}

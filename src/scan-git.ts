import { scanContext, type ScannedResult } from './config/scan-context.js';
import { ScanError } from './errors.js';
import { runScan } from './run-scan.js';
import { bareRepository, isShallowRepository, workTreeTop } from './sources/git.js';
import { historySource, type HistorySelection } from './sources/history.js';
import { stagedSource } from './sources/staged.js';

export interface GitScanOptions {
  cwd: string;
  configFile?: string;
  inlineAllow?: boolean;
}

/** `leakguard staged`: the lines the next commit adds. Paths are relative to the top level. */
export async function scanStaged(options: GitScanOptions): Promise<ScannedResult> {
  const context = await contextAtTop(options);
  return runScan(context, (sourceOptions) => stagedSource(options.cwd, sourceOptions));
}

/** `leakguard history`: every selected commit, each secret in the commit that introduced it. */
export async function scanHistory(options: GitScanOptions & HistorySelection): Promise<ScannedResult> {
  const context = await contextAtTop(options, true);
  const truncated = await isShallowRepository(options.cwd);
  const result = await runScan(context, (sourceOptions) => historySource(options.cwd, options, sourceOptions));
  const everything = !options.branch && !options.range && !options.since;
  if (everything && result.stats.commits === 0) {
    throw new ScanError('the repository has no commits yet', 'commit something first; leakguard staged scans what is staged');
  }
  return { ...result, stats: { ...result.stats, truncated } };
}

/**
 * The config, baseline and ignore file come from the top level, where the paths of findings start. History
 * needs no work tree: a bare repository (a mirror, a server) is scanned from its own folder.
 */
async function contextAtTop(options: GitScanOptions, bareToo = false) {
  const top = (await workTreeTop(options.cwd)) ?? (bareToo ? await bareRepository(options.cwd) : undefined);
  if (top === undefined) throw new ScanError(`not inside a git work tree: ${options.cwd}`, 'run it in a git repository');
  return scanContext(top, options);
}

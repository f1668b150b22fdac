import { excludeMatcher } from './config/load-config.js';
import type { ScanContext, ScannedResult } from './config/scan-context.js';
import { DEFAULT_DECODE } from './engine/detect-decoded.js';
import { detectWithDecoding } from './engine/detect-decoded.js';
import { compileRules } from './ruleset/compile.js';
import type { Finding, Fragment, ScanStats, Skip } from './types.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export type SourceStats = Omit<ScanStats, 'durationMs'>;

/** A source of fragments: files on disk, the staged changes, or history. */
export interface ScanSource {
  fragments(): AsyncIterable<Fragment>;
  readonly stats: SourceStats;
  readonly skips: Skip[];
  /** False for a finding the source already reported elsewhere (history: a secret kept across commits). */
  isNew?(finding: Finding): boolean;
}

/** What a source takes from the config. */
export interface SourceOptions {
  maxFileSize: number;
  isExcluded(path: string): boolean;
}

export interface RunOptions {
  /** Overrides the config's maxFileSize (`--max-file-size`). */
  maxFileSize?: number;
}

/** What every command shares: the context's rules → source → detect → result, with the context for suppressions. */
export async function runScan(
  context: ScanContext,
  createSource: (options: SourceOptions) => ScanSource,
  options: RunOptions = {},
): Promise<ScannedResult> {
  const started = performance.now();
  const { config } = context;
  const ruleset = compileRules(context.rules);
  const source = createSource({
    maxFileSize: options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    isExcluded: excludeMatcher(config.exclude),
  });
  const detectOptions = { ...DEFAULT_DECODE, inlineAllow: context.inlineAllow };
  const findings: Finding[] = [];
  for await (const fragment of source.fragments()) {
    context.scannedPaths.add(fragment.path);
    for (const finding of detectWithDecoding(fragment, ruleset, detectOptions)) {
      if (source.isNew?.(finding) ?? true) findings.push(finding);
    }
  }
  for (const skip of source.skips) context.scannedPaths.add(skip.path);
  return {
    context,
    findings,
    skips: source.skips,
    rules: ruleset.rules,
    stats: { ...source.stats, durationMs: Math.round(performance.now() - started) },
  };
}

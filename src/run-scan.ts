import { excludeMatcher, loadConfig } from './config/load-config.js';
import { detectWithDecoding } from './engine/detect-decoded.js';
import { compileRules } from './ruleset/compile.js';
import { loadBuiltinRules } from './ruleset/load-rules.js';
import type { Finding, Fragment, ScanResult, ScanStats, Skip } from './types.js';

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

export interface ScanSetup {
  /** Folders to look for a config file in, first match wins. */
  configDirs: string[];
  /** An explicit config file, absolute. */
  configFile?: string;
  /** Overrides the config's maxFileSize. */
  maxFileSize?: number;
  /** Called after each fragment with the source's stats and the findings so far (the progress line). */
  onFragment?(stats: SourceStats, findings: number): void;
}

/** What every command shares: config → rules → source → detect → result. */
export async function runScan(setup: ScanSetup, createSource: (options: SourceOptions) => ScanSource): Promise<ScanResult> {
  const started = performance.now();
  const config = loadConfig(setup.configDirs, setup.configFile);
  const ruleset = compileRules(loadBuiltinRules());
  const source = createSource({
    maxFileSize: setup.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    isExcluded: excludeMatcher(config.exclude),
  });
  const findings: Finding[] = [];
  for await (const fragment of source.fragments()) {
    for (const finding of detectWithDecoding(fragment, ruleset)) if (source.isNew?.(finding) ?? true) findings.push(finding);
    setup.onFragment?.(source.stats, findings.length);
  }
  return {
    findings,
    skips: source.skips,
    rules: ruleset.rules,
    stats: { ...source.stats, durationMs: Math.round(performance.now() - started) },
  };
}

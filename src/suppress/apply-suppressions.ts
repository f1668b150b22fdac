import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { BASELINE_NAME, findBaselineFile, readBaseline, writeBaseline, type BaselineEntry } from '../baseline/baseline-file.js';
import { matchBaseline, type BaselineMatch } from '../baseline/match-baseline.js';
import { updateEntries, entryRef, type BaselineUpdate } from '../baseline/update-entries.js';
import { allowListMatcher } from '../config/allow-list.js';
import type { ScanContext, ScannedResult } from '../config/scan-context.js';
import { fingerprintOf } from '../engine/fingerprint.js';
import { ScanError, ExitCode } from '../errors.js';
import type { Finding, ScanResult } from '../types.js';
import { findIgnoreFile, readIgnoreFile } from './ignore-file.js';
import { ownFileMatcher } from './own-files.js';
import { rebase } from './rebase.js';

export interface SuppressionOptions {
  cwd: string;
  /** `--baseline FILE`, relative to cwd; else `.leakguard-baseline.json` at the root or the git top level. */
  baselineFile?: string;
  /** Write the baseline (`--update-baseline`, `leakguard baseline`), creating it where there is none. */
  update?: boolean;
  /** When writing: also add the findings no entry knows (not when importing another tool's baseline). */
  addNew?: boolean;
  /** Entries imported from another tool, matched like the baseline's own. */
  imported?: readonly BaselineEntry[];
}

export interface SuppressionOutcome {
  result: ScanResult;
  /** What a write changed, with the file written and how findings and entries matched. */
  update?: BaselineUpdate & { file: string; match: BaselineMatch };
}

/**
 * Everything after detection that a team decides, for any scanning command: the config's allow
 * list and the ignore file drop findings; the baseline marks the rest known or new and finds stale
 * entries; with `update`, the baseline is rewritten.
 */
export function applySuppressions(scanned: ScannedResult, options: SuppressionOptions): SuppressionOutcome {
  const { context, ...scan } = scanned;
  const file = baselineFile(context, options);
  const ignoreFile = findIgnoreFile(context.dirs);
  const isOwnNoise = ownFileMatcher(context, [file, ignoreFile]);
  const all = scanned.findings.filter((finding) => !isOwnNoise(finding));
  const isIgnored = ignoreMatcher(context, ignoreFile);
  const findings = all.filter((finding) => !isIgnored(finding));
  const ignored = all.length - findings.length;
  const plain: ScanResult = { ...scan, findings, ...(ignored && { ignored }) };
  if (file === undefined) return { result: plain };

  const dir = dirname(file);
  const toBaseline = rebase(context.root, dir);
  const scannedPaths = new Set([...context.scannedPaths].map(toBaseline));
  const candidates = findings.map((finding) => ({ ...finding, file: toBaseline(finding.file), commit: finding.commit?.sha }));
  const entries = [...(existsSync(file) ? readBaseline(file) : []), ...(options.imported ?? [])];
  const match = matchBaseline(candidates, entries, {
    scanned: (path) => scannedPaths.has(path),
    exists: (path) => existsSync(join(dir, path)),
  });
  const result: ScanResult = {
    ...plain,
    findings: findings.map((finding, i) => ({ ...finding, status: match.knownBy[i] ? 'known' : 'new' })),
    baseline: { file: relative(options.cwd, file) || file, stale: match.stale.map(entryRef) },
  };
  if (!options.update) return { result };
  const update = updateEntries(candidates, match, options.addNew ?? true);
  writeBaseline(file, update.entries);
  return { result, update: { ...update, file, match } };
}

/** 1 when a finding is not in the baseline, else 0. */
export function exitCodeOf(result: ScanResult): number {
  return result.findings.some((finding) => finding.status !== 'known') ? ExitCode.Findings : ExitCode.Clean;
}

/** The config's allow list, then the ignore file; its fingerprints are also read relative to its own folder. */
function ignoreMatcher(context: ScanContext, file: string | undefined): (finding: Finding) => boolean {
  const allowed = allowListMatcher(context.config.allow, context.rules);
  if (file === undefined) return allowed;
  const fingerprints = readIgnoreFile(file);
  const toIgnoreFile = rebase(context.root, dirname(file));
  return (finding) =>
    allowed(finding) ||
    fingerprints.has(finding.fingerprint) ||
    fingerprints.has(fingerprintOf(finding.ruleId, toIgnoreFile(finding.file), finding.secretHash, finding.commit?.sha));
}

function baselineFile(context: ScanContext, options: SuppressionOptions): string | undefined {
  if (options.baselineFile !== undefined) {
    const file = resolve(options.cwd, options.baselineFile);
    if (!options.update && !existsSync(file)) {
      throw new ScanError(`baseline ${file} not found`, 'write it with leakguard baseline --baseline FILE, or check the path');
    }
    return file;
  }
  return findBaselineFile(context.dirs) ?? (options.update ? join(context.dirs.at(-1)!, BASELINE_NAME) : undefined);
}

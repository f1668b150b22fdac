import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaProblem } from '../config/schema-check.js';
import { ScanError } from '../errors.js';
import { parseJsonText, readWholeFile } from '../read-data-file.js';

export const BASELINE_NAME = '.leakguard-baseline.json';
const BASELINE_VERSION = 1;

/** An accepted finding. Native entries have fingerprint and sha256; imported ones what their tool kept. */
export interface BaselineEntry {
  ruleId: string;
  /** Relative to the baseline's folder. */
  file: string;
  fingerprint?: string;
  sha256?: string;
  sha1?: string;
  line?: number;
  commit?: string;
  importedFrom?: 'gitleaks' | 'detect-secrets';
  reason?: string;
}

const FIELD_ORDER = ['ruleId', 'file', 'fingerprint', 'sha256', 'sha1', 'line', 'commit', 'importedFrom', 'reason'] as const;
const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})(?: |$)/m;
const REGENERATE = 'fix it, or write a new one with leakguard baseline';

export function findBaselineFile(dirs: readonly string[]): string | undefined {
  return dirs.map((dir) => join(dir, BASELINE_NAME)).find((file) => existsSync(file));
}

/** The entries of a baseline file; anything else it could be (conflicted, newer, malformed) is an error. */
export function readBaseline(file: string): BaselineEntry[] {
  const text = readWholeFile(file, 'baseline');
  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split('\n').length;
    const hint = 'keep the entries of both sides, or rewrite it with leakguard baseline';
    throw new ScanError(`${file}:${line}: baseline has merge-conflict markers`, hint);
  }
  const data = parseJsonText(text, file, 'baseline');
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > BASELINE_VERSION) {
    const message = `${file}: baseline version ${version} was written by a newer leakguard (this one reads ${BASELINE_VERSION})`;
    throw new ScanError(message, 'upgrade leakguard');
  }
  const problem = schemaProblem('baseline', data);
  if (problem) throw new ScanError(`${file}: ${problem.message}`, REGENERATE);
  return (data as { entries: BaselineEntry[] }).entries;
}

/** Sorted, one field order, no dates: the same entries give the same bytes. */
function serializeBaseline(entries: readonly BaselineEntry[]): string {
  const ordered = uniqueEntries(entries).map((entry) => {
    const record: Record<string, unknown> = {};
    for (const key of FIELD_ORDER) if (entry[key] !== undefined) record[key] = entry[key];
    return record;
  });
  return `${JSON.stringify({ version: BASELINE_VERSION, entries: ordered }, null, 2)}\n`;
}

/** Written beside and renamed over, so that a crash never leaves half a baseline. */
export function writeBaseline(file: string, entries: readonly BaselineEntry[]): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, serializeBaseline(entries));
    renameSync(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ScanError(`cannot write baseline ${file}: ${code}`, 'check the folder exists and is writable');
  }
}

/** What identifies an entry (its reason aside); also its sort order. */
export function entryKey(entry: BaselineEntry): string {
  const { file, ruleId, fingerprint, sha256, sha1, line, commit } = entry;
  return [file, ruleId, fingerprint, sha256, sha1, String(line ?? '').padStart(9, '0'), commit].map((part) => part ?? '').join('\0');
}

export function uniqueEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const byKey = new Map<string, BaselineEntry>();
  for (const entry of entries) {
    const key = entryKey(entry);
    if (!byKey.get(key)?.reason) byKey.set(key, entry);
  }
  return [...byKey.keys()].sort(compareStrings).map((key) => byKey.get(key)!);
}

/** Code-unit order: the same on every machine, whatever its locale. */
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

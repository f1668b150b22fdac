import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ScanError } from './errors.js';
import { isObject } from './ruleset/rule-spec.js';

/** A report as `--format json` writes it (src/report/json.ts), read back. */
export interface JsonReport {
  version: 1;
  findings: Array<Record<string, unknown>>;
  stats: Record<string, unknown>;
}

export function readJsonReport(path: string): JsonReport {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'not valid JSON';
    throw new ScanError(`cannot read report ${path}: ${reason}`, 'give files written by leakguard --format json');
  }
  if (!isObject(data) || data.version !== 1 || !Array.isArray(data.findings) || !data.findings.every(isObject) || !isObject(data.stats)) {
    throw new ScanError(`${path} is not a leakguard JSON report (version 1)`, 'give files written by leakguard --format json');
  }
  return data as unknown as JsonReport;
}

/** The repository a report is about when no label is given: its file name, `acme-api.json` → `acme-api`. */
export const labelOf = (path: string) => basename(path).replace(/\.json$/i, '');

/** Counts add up, a flag (truncated) holds when it holds for any report, and any other value is the first one met. */
function mergeStats(all: ReadonlyArray<Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const stats of all) {
    for (const [key, value] of Object.entries(stats)) {
      const before = merged[key];
      if (typeof value === 'number') merged[key] = (typeof before === 'number' ? before : 0) + value;
      else if (typeof value === 'boolean') merged[key] = before === true || value;
      else if (!(key in merged)) merged[key] = value;
    }
  }
  return merged;
}

/**
 * One report with the top-level shape of each: every finding labelled with its repository (a finding that
 * already has one, from a report merged before, keeps it), and the stats summed.
 */
export function mergeReports(reports: ReadonlyArray<{ label: string; report: JsonReport }>): JsonReport {
  return {
    version: 1,
    findings: reports.flatMap(({ label, report }) => report.findings.map((finding) => ({ repository: label, ...finding }))),
    stats: mergeStats(reports.map(({ report }) => report.stats)),
  };
}

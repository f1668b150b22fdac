import { Chalk } from 'chalk';
import type { Reporter, ScanResult } from '../types.js';
import { redactedLine } from './redact.js';

export const renderText: Reporter = (result, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  // Known findings are in the baseline: counted in the summary, not repeated on every run.
  const blocks = result.findings.filter((finding) => finding.status !== 'known').map((finding) => {
    const line = redactedLine(finding, options.showSecrets, result.findings);
    const shown = `${line.text.slice(0, line.start)}${c.red.bold(line.text.slice(line.start, line.end))}${line.text.slice(line.end)}`;
    const lines = [
      `${c.bold(`${finding.file}:${finding.line}:${finding.column}`)}  ${c.yellow(finding.ruleId)}  ${finding.description}${finding.verified ? c.green(' (checksum verified)') : ''}${finding.decoded ? c.dim(` (decoded: ${finding.decoded})`) : ''}`,
      ...(finding.commit ? [c.dim(`  commit ${finding.commit.sha.slice(0, 12)} by ${finding.commit.author} <${finding.commit.email}> on ${finding.commit.date}: ${finding.commit.message}`)] : []),
      `  ${shown.trim()}`,
      ...(finding.rotate ? [c.dim(`  rotate: ${finding.rotate}`)] : []),
      // A secret not yet in a commit can still be kept out of one.
      ...(finding.commit ? [] : [c.dim(`  ${UNCOMMITTED_HINT}`)]),
    ];
    return lines.join('\n');
  });
  return [...blocks, ...staleBlock(result), summaryLine(result)].join('\n\n') + '\n';
};

const UNCOMMITTED_HINT = 'fix: remove it; if it is not a secret, add leakguard:allow on its line or baseline it';

const TRUNCATED_NOTE = 'History is truncated: this is a shallow clone, and commits before its oldest were not scanned.';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** One line on what was scanned (commits for history, lines added for diffs) and what was found. */
export function summaryLine(result: ScanResult): string {
  const { files, bytes, skipped, durationMs, lines, commits, truncated } = result.stats;
  const inCommits = commits === undefined ? '' : ` in ${count(commits, 'commit')}`;
  const what = [commits !== undefined && count(commits, 'commit'), count(files, 'file')].filter(Boolean).join(', ');
  const details = [lines !== undefined && `${count(lines, 'line')} added`, formatBytes(bytes), skipped > 0 && `${skipped} skipped`]
    .filter(Boolean)
    .join(', ');
  const ignoredPart = result.ignored ? `, ${result.ignored} ignored` : '';
  const summary =
    lines === 0 && skipped === 0
      ? `Nothing to scan: no lines added${inCommits}.`
      : `Scanned ${what} (${details}) in ${durationMs} ms: ${verdict(result)}${ignoredPart}.`;
  return truncated ? `${summary}\n${TRUNCATED_NOTE}` : summary;
}

function verdict(result: ScanResult): string {
  const found = result.findings.length;
  if (result.baseline) {
    const known = result.findings.filter((finding) => finding.status === 'known').length;
    return `${found - known} new · ${known} known · ${result.baseline.stale.length} stale`;
  }
  return found === 0 ? 'no secrets found' : `${count(found, 'secret')} found`;
}

function staleBlock(result: ScanResult): string[] {
  const stale = result.baseline?.stale ?? [];
  if (stale.length === 0) return [];
  const lines = stale.map((ref) => `  ${ref.file}  ${ref.ruleId}`);
  return [[`Stale in ${result.baseline!.file} (no longer found; --update-baseline prunes them):`, ...lines].join('\n')];
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}


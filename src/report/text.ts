import { Chalk } from 'chalk';
import type { Reporter, ScanResult } from '../types.js';
import { redactedLine } from './redact.js';

export const renderText: Reporter = (result, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  // Known findings are in the baseline: counted in the summary, not repeated on every run.
  const blocks = result.findings.filter((finding) => finding.status !== 'known').map((finding) => {
    const line = redactedLine(finding, options.showSecrets);
    const shown = `${line.text.slice(0, line.start)}${c.red.bold(line.text.slice(line.start, line.end))}${line.text.slice(line.end)}`;
    const lines = [
      `${c.bold(`${finding.file}:${finding.line}:${finding.column}`)}  ${c.yellow(finding.ruleId)}  ${finding.description}`,
      ...(finding.commit ? [c.dim(`  commit ${finding.commit.sha.slice(0, 12)} by ${finding.commit.author} on ${finding.commit.date}: ${finding.commit.message}`)] : []),
      `  ${shown.trim()}`,
      ...(finding.rotate ? [c.dim(`  rotate: ${finding.rotate}`)] : []),
    ];
    return lines.join('\n');
  });
  return [...blocks, ...staleBlock(result), summaryLine(result)].join('\n\n') + '\n';
};

export function summaryLine(result: ScanResult): string {
  const { files, bytes, skipped, durationMs } = result.stats;
  const skippedPart = skipped ? `, ${skipped} skipped` : '';
  const ignoredPart = result.ignored ? `, ${result.ignored} ignored` : '';
  return `Scanned ${files} ${files === 1 ? 'file' : 'files'} (${formatBytes(bytes)}${skippedPart}) in ${durationMs} ms: ${verdict(result)}${ignoredPart}.`;
}

function verdict(result: ScanResult): string {
  const count = result.findings.length;
  if (result.baseline) {
    const known = result.findings.filter((finding) => finding.status === 'known').length;
    return `${count - known} new · ${known} known · ${result.baseline.stale.length} stale`;
  }
  return count === 0 ? 'no secrets found' : `${count} ${count === 1 ? 'secret' : 'secrets'} found`;
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


import { Chalk } from 'chalk';
import type { Reporter, ScanResult } from '../types.js';
import { redactedLine } from './redact.js';

export const renderText: Reporter = (result, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const blocks = result.findings.map((finding) => {
    const line = redactedLine(finding, options.showSecrets);
    const shown = `${line.text.slice(0, line.start)}${c.red.bold(line.text.slice(line.start, line.end))}${line.text.slice(line.end)}`;
    const lines = [
      `${c.bold(`${finding.file}:${finding.line}:${finding.column}`)}  ${c.yellow(finding.ruleId)}  ${finding.description}${finding.verified ? c.green(' (checksum verified)') : ''}${finding.decoded ? c.dim(` (decoded: ${finding.decoded})`) : ''}`,
      ...(finding.commit ? [c.dim(`  commit ${finding.commit.sha.slice(0, 12)} by ${finding.commit.author} on ${finding.commit.date}: ${finding.commit.message}`)] : []),
      `  ${shown.trim()}`,
      ...(finding.rotate ? [c.dim(`  rotate: ${finding.rotate}`)] : []),
    ];
    return lines.join('\n');
  });
  return [...blocks, summaryLine(result)].join('\n\n') + '\n';
};

export function summaryLine(result: ScanResult): string {
  const { files, bytes, skipped, durationMs } = result.stats;
  const count = result.findings.length;
  const verdict = count === 0 ? 'no secrets found' : `${count} ${count === 1 ? 'secret' : 'secrets'} found`;
  const skippedPart = skipped ? `, ${skipped} skipped` : '';
  return `Scanned ${files} ${files === 1 ? 'file' : 'files'} (${formatBytes(bytes)}${skippedPart}) in ${durationMs} ms: ${verdict}.`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}


import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, Reporter, ScanResult } from '../types.js';
import { nextSteps } from './next-steps.js';
import { redactedLine } from './redact.js';

/** Control characters from a file or a commit would move the cursor or recolour the terminal: shown as spaces. */
const printable = (text: string) => text.replace(/[\x00-\x1f\x7f]/g, ' ');

/** The redacted line, and under it a marker of the secret's span. */
/** The finding's line, every secret on it redacted (`all`: the findings of the report), the secret's span marked. */
function markedLine(finding: Finding, c: ChalkInstance, showSecrets: boolean, all: readonly Finding[]): string[] {
  const line = redactedLine(finding, showSecrets, all);
  const text = printable(line.text).trimEnd();
  const indent = text.length - text.trimStart().length;
  const [before, span, after] = [text.slice(indent, line.start), text.slice(line.start, line.end), text.slice(line.end)];
  const width = (part: string) => [...part].length;
  return [`${before}${c.red.bold(span)}${after}`, `${' '.repeat(width(before))}${c.red('^'.repeat(Math.max(1, width(span))))}`];
}

function findingBlock(finding: Finding, c: ChalkInstance, showSecrets: boolean, all: readonly Finding[]): string {
  const notes = [finding.verified && c.green(' (checksum verified)'), finding.decoded && c.dim(` (decoded: ${finding.decoded})`)].filter(Boolean).join('');
  const { commit } = finding;
  const details = [
    ...(commit ? [c.dim(printable(`commit ${commit.sha.slice(0, 12)} by ${commit.author} <${commit.email}> on ${commit.date}: ${commit.message}`))] : []),
    // A finding about a whole file has no line to show; its fix says what to do.
    ...(finding.fix ? [`fix: ${finding.fix}`] : markedLine(finding, c, showSecrets, all)),
    ...(finding.rotate ? [c.dim(`rotate: ${finding.rotate}`)] : []),
  ];
  return [`  ${c.bold(`${finding.line}:${finding.column}`)}  ${c.yellow(finding.ruleId)}  ${finding.description}${notes}`, ...details.map((line) => `      ${line}`)].join('\n');
}

/** Findings by file, files in the order they were first met. */
function byFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.file, [...(groups.get(finding.file) ?? []), finding]);
  return groups;
}

/** For people: findings grouped by file, one summary line, then what to do next (`--quiet`: the findings only). */
export const renderText: Reporter = (result, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  // Known findings are in the baseline: counted in the summary, not repeated on every run.
  const fresh = result.findings.filter((finding) => finding.status !== 'known');
  const groups = [...byFile(fresh)].map(([file, findings]) =>
    [c.bold.underline(printable(file)), ...findings.map((finding) => findingBlock(finding, c, options.showSecrets, result.findings))].join('\n'),
  );
  if (options.quiet) return groups.map((group) => `${group}\n`).join('\n');
  const steps = nextSteps({ ...result, findings: fresh });
  return [...groups, ...staleBlock(result), summaryLine(result), ...(steps ? [steps] : [])].join('\n\n') + '\n';
};

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
    lines === 0 && skipped === 0 && result.findings.length === 0
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

import type { Finding } from '../types.js';

/** The few leading characters of a secret that help find it again, never enough to use it. */
export function redact(secret: string): string {
  const shown = Math.min(4, Math.floor(secret.length / 4));
  return `${secret.slice(0, shown)}…`;
}

export function shownSecret(finding: Finding, showSecrets: boolean): string {
  return showSecrets ? finding.secret : redact(finding.secret);
}

const CONTEXT = 60;
/** A line with more secrets than this is a dump: its text helps nobody, and is not shown. */
const DENSE_LINE = 50;
/** Text read past the window's edges, for the secrets in it that shrink to their redaction. */
const SHRINK_ROOM = 1024;

/**
 * The finding's line with the secret replaced by its redaction (or kept, with --show-secrets), cut to a
 * window around it so a minified line does not flood the terminal; so is every other secret that
 * `findings` places on the line, and every copy of one of them (a password typed twice on a line).
 * A line a rule could not report in full (its cap) is not shown. Returns the text and the secret's span
 * in it, for highlighting.
 */
export function redactedLine(finding: Finding, showSecrets: boolean, findings: readonly Finding[] = []): { text: string; start: number; end: number } {
  const shown = shownSecret(finding, showSecrets);
  const group = findingsByLine(findings).get(lineKey(finding)) ?? [];
  const sameLine = group.includes(finding) ? group : [...group, finding];
  if (sameLine.length > DENSE_LINE || sameLine.some((f) => f.lineText === '')) return { text: shown, start: 0, end: shown.length };
  const line = finding.lineText;
  const own = { ...spanOf(finding), finding };
  // Only the part of the line that can show, however long the line.
  const from = Math.max(0, own.start - CONTEXT - SHRINK_ROOM);
  const to = Math.min(line.length, own.end + CONTEXT + SHRINK_ROOM);
  const spans = [own];
  const add = (span: typeof own) => {
    // The finding's own span is always shown whole; whatever would cut into it gives way.
    if (span.end <= own.start || span.start >= own.end) spans.push(span);
  };
  const part = line.slice(from, to);
  for (const f of sameLine) {
    if (f !== finding) add({ ...spanOf(f), finding: f });
    for (let at = part.indexOf(f.secret); at !== -1; at = part.indexOf(f.secret, at + 1)) add({ start: from + at, end: from + at + f.secret.length, finding: f });
  }
  spans.sort((a, b) => a.start - b.start);
  let text = '';
  let start = 0;
  let at = from;
  for (const span of spans) {
    if (span.start >= to) break;
    if (span.end <= at) continue;
    // A secret whose start is cut off by the part's edge, or lies in one already replaced, is hidden whole.
    if (span.start >= at) {
      text += line.slice(at, span.start);
      if (span === own) start = text.length;
      text += shownSecret(span.finding, showSecrets);
    }
    at = Math.min(span.end, to);
  }
  text += line.slice(at, to);
  const end = start + shown.length;
  const head = start > CONTEXT || from > 0 ? '…' : '';
  const tail = end + CONTEXT < text.length || to < line.length ? '…' : '';
  const window = text.slice(Math.max(0, start - CONTEXT), end + CONTEXT);
  const spanStart = head.length + Math.min(start, CONTEXT);
  return { text: `${head}${window}${tail}`, start: spanStart, end: spanStart + shown.length };
}

/** Where a finding's secret is in its line; to the line's end for a secret that goes on to the next. */
const spanOf = (f: Finding) => ({ start: f.column - 1, end: f.endLine === f.line ? f.endColumn - 1 : f.lineText.length });

const lineKey = (f: Finding) => `${f.commit?.sha ?? ''}\0${f.file}\0${f.line}`;

/** The findings of a report grouped by line, built once per report so that a report of many findings stays linear. */
const byLine = new WeakMap<readonly Finding[], Map<string, Finding[]>>();

function findingsByLine(findings: readonly Finding[]): Map<string, Finding[]> {
  let groups = byLine.get(findings);
  if (!groups) {
    groups = new Map();
    for (const f of findings) {
      const key = lineKey(f);
      const group = groups.get(key);
      if (group) group.push(f);
      else groups.set(key, [f]);
    }
    byLine.set(findings, groups);
  }
  return groups;
}

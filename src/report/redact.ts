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

/**
 * The finding's line with the secret replaced by its redaction (or kept, with --show-secrets), and so is
 * every other secret that `findings` places on the same line: a line may hold two keys. Cut to a window
 * around the secret so a minified line does not flood the terminal. Returns the line and the secret's span
 * in it, for highlighting.
 */
export function redactedLine(finding: Finding, showSecrets: boolean, findings: readonly Finding[] = []): { text: string; start: number; end: number } {
  const line = finding.lineText;
  const sameLine = findingsByLine(findings).get(lineKey(finding)) ?? [];
  const spans = (sameLine.includes(finding) ? sameLine : [...sameLine, finding])
    .map((f) => ({ f, start: f.column - 1, end: f.endLine === f.line ? f.endColumn - 1 : line.length }))
    .sort((a, b) => a.start - b.start);
  let text = '';
  let start = 0;
  let end = 0;
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // spans of one line never overlap; this only guards the slicing
    text += line.slice(at, span.start);
    if (span.f === finding) start = text.length;
    text += shownSecret(span.f, showSecrets);
    if (span.f === finding) end = text.length;
    at = span.end;
  }
  text += line.slice(at);
  const head = start > CONTEXT ? '…' : '';
  const tail = end + CONTEXT < text.length ? '…' : '';
  const window = text.slice(Math.max(0, start - CONTEXT), end + CONTEXT);
  const spanStart = head.length + Math.min(start, CONTEXT);
  return { text: `${head}${window}${tail}`, start: spanStart, end: spanStart + end - start };
}

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

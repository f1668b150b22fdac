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
 * The finding's line with the secret replaced by its redaction (or kept, with --show-secrets),
 * cut to a window around the secret so a minified line does not flood the terminal.
 * Returns the line and the secret's span in it, for highlighting.
 */
export function redactedLine(finding: Finding, showSecrets: boolean): { text: string; start: number; end: number } {
  const line = finding.lineText;
  const start = finding.column - 1;
  const end = finding.endLine === finding.line ? finding.endColumn - 1 : line.length;
  const replacement = shownSecret(finding, showSecrets);
  const before = line.slice(Math.max(0, start - CONTEXT), start);
  const after = line.slice(end, end + CONTEXT);
  const head = start > CONTEXT ? '…' : '';
  const tail = end + CONTEXT < line.length ? '…' : '';
  const text = `${head}${before}${replacement}${after}${tail}`;
  const spanStart = head.length + before.length;
  return { text, start: spanStart, end: spanStart + replacement.length };
}

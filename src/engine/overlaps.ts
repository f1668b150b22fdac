import type { Ruleset } from '../ruleset/compile.js';
import type { Finding } from '../types.js';

/**
 * Where two findings claim the same text, keep the more certain one: a provider rule over a
 * generic one, then what decoding revealed over the encoded text itself.
 */
export function dropOverlaps(findings: Finding[], ruleset: Ruleset): Finding[] {
  if (findings.length < 2) return findings;
  const ordered = [...findings].sort(
    (a, b) =>
      ruleset.rank(b.ruleId) - ruleset.rank(a.ruleId) ||
      Number(b.decoded !== undefined) - Number(a.decoded !== undefined) ||
      spanLength(b) - spanLength(a) ||
      a.ruleId.localeCompare(b.ruleId),
  );
  // Kept spans never overlap, so in start order their ends are in order too: a span overlaps a kept one
  // exactly when it overlaps the last kept span that starts before it ends. A binary search, not a pass
  // over every kept span, so that thousands of findings on one minified line stay cheap.
  const kept: Finding[] = [];
  for (const finding of ordered) {
    const last = lastStartingBefore(kept, finding.endLine, finding.endColumn);
    const previous = kept[last];
    if (previous && !atOrBefore(previous.endLine, previous.endColumn, finding.line, finding.column)) continue;
    kept.splice(last + 1, 0, finding);
  }
  return kept;
}

const spanLength = (f: Finding) => f.secret.length;

const atOrBefore = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);

/** Index of the last of `sorted` (by start) that starts strictly before line:column, or -1. */
function lastStartingBefore(sorted: readonly Finding[], line: number, column: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const f = sorted[mid]!;
    if (atOrBefore(line, column, f.line, f.column)) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}

import type { Finding, Fragment } from '../types.js';
import type { Ruleset } from '../ruleset/compile.js';
import { shannonEntropy } from './entropy.js';
import { isLikelyContextSecret } from './assignment-context.js';
import { fingerprintOf, hashSecret } from './fingerprint.js';
import { isAllowedInline } from './inline-allow.js';
import { LineIndex } from './location.js';
import { findMatches } from './match.js';
import { isPlaceholder } from './placeholders.js';

export interface DetectOptions {
  /** Honour allow comments (default); off for audits (`--no-inline-allow`). */
  inlineAllow?: boolean;
}

/**
 * Findings of one rule in one fragment beyond which the rest are not reported: a file with this many is
 * flagged anyway, and the cap keeps memory and reports bounded on a generated or minified file. Raw
 * matches are not capped: most are dropped by the filters, and a cap on them would let a pile of
 * placeholders hide a real key after it.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

/**
 * The pipeline for one fragment: keyword prefilter → rule regexes → filters (entropy,
 * placeholders, name and value shape for context rules) → inline allow.
 */
export function detect(fragment: Fragment, ruleset: Ruleset, options: DetectOptions = {}): Finding[] {
  const { text } = fragment;
  const hit = ruleset.candidates(text);
  const findings: Finding[] = [];
  let lines: LineIndex | undefined;
  // One answer per line and rule: the markers are searched in the whole line, which may be megabytes long.
  const allowedOnLine = new Map<string, boolean>();
  let capped = false;
  for (let r = 0; r < ruleset.rules.length; r++) {
    if (hit[r] === 0) continue;
    const rule = ruleset.rules[r]!;
    let reported = 0;
    for (const match of findMatches(rule, text)) {
      if (reported === MAX_FINDINGS_PER_RULE) {
        capped = true;
        break;
      }
      const entropy = shannonEntropy(match.secret);
      if (entropy < rule.entropy || isPlaceholder(match.secret)) continue;
      if (rule.checksum && !rule.checksum(match.secret)) continue;
      lines ??= new LineIndex(text);
      const startLine = lines.lineOf(match.start);
      const endLine = lines.lineOf(match.end);
      const lineText = lines.lineText(startLine);
      if (rule.confidence !== 'high' && !isLikelyContextSecret({ text, matchStart: match.matchStart, secret: match.secret, lineText })) continue;
      if (options.inlineAllow !== false) {
        const key = `${startLine}\0${rule.id}`;
        let allowed = allowedOnLine.get(key);
        if (allowed === undefined) {
          allowed = isAllowedInline(lineText, lineBefore(fragment, lines, startLine), rule.id, ruleset.has);
          allowedOnLine.set(key, allowed);
        }
        if (allowed) continue;
      }
      reported++;
      const secretHash = hashSecret(match.secret);
      findings.push({
        ruleId: rule.id,
        description: rule.description,
        file: fragment.path,
        line: fileLine(fragment, startLine),
        column: lines.columnOf(match.start, startLine),
        endLine: fileLine(fragment, endLine),
        endColumn: lines.columnOf(match.end, endLine),
        secret: match.secret,
        lineText,
        secretHash,
        fingerprint: fingerprintOf(rule.id, fragment.path, secretHash, fragment.commit?.sha),
        entropy: Math.round(entropy * 1000) / 1000,
        confidence: rule.confidence,
        verified: rule.checksum !== undefined,
        rotate: rule.rotate,
        commit: fragment.commit,
      });
    }
  }
  if (capped) hideLines(findings);
  return dropOverlaps(findings, ruleset);
}

/**
 * A rule that stopped at its cap left keys unreported, on any line from there on, and those lines may hold
 * other rules' findings: no line of the fragment is shown, so that no report quotes a key beside the one it
 * reports. A line is never empty where a finding is, so an empty one means hidden.
 */
export function hideLines(findings: Finding[]): void {
  for (const finding of findings) finding.lineText = '';
}

function fileLine(fragment: Fragment, textLine: number): number {
  return fragment.lineMap?.[textLine] ?? fragment.startLine + textLine;
}

/** The text of the file line just above `textLine`, when the fragment holds it (a diff may not). */
function lineBefore(fragment: Fragment, lines: LineIndex, textLine: number): string | undefined {
  if (textLine === 0 || fileLine(fragment, textLine - 1) !== fileLine(fragment, textLine) - 1) return undefined;
  return lines.lineText(textLine - 1);
}

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

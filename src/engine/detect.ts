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
 * The pipeline for one fragment: keyword prefilter → rule regexes → filters (entropy,
 * placeholders, name and value shape for context rules) → inline allow.
 */
export function detect(fragment: Fragment, ruleset: Ruleset, options: DetectOptions = {}): Finding[] {
  const { text } = fragment;
  const hit = ruleset.candidates(text);
  const findings: Finding[] = [];
  let lines: LineIndex | undefined;
  for (let r = 0; r < ruleset.rules.length; r++) {
    if (hit[r] === 0) continue;
    const rule = ruleset.rules[r]!;
    for (const match of findMatches(rule, text)) {
      const entropy = shannonEntropy(match.secret);
      if (entropy < rule.entropy || isPlaceholder(match.secret)) continue;
      if (rule.checksum && !rule.checksum(match.secret)) continue;
      lines ??= new LineIndex(text);
      const startLine = lines.lineOf(match.start);
      const endLine = lines.lineOf(match.end);
      const lineText = lines.lineText(startLine);
      if (rule.confidence !== 'high' && !isLikelyContextSecret({ text, matchStart: match.matchStart, secret: match.secret, lineText })) continue;
      const allowed =
        options.inlineAllow !== false && isAllowedInline(lineText, lineBefore(fragment, lines, startLine), rule.id, ruleset.has);
      if (allowed) continue;
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
  return dropOverlaps(findings, ruleset);
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
  const kept: Finding[] = [];
  for (const finding of ordered) if (!kept.some((other) => overlaps(finding, other))) kept.push(finding);
  return kept.sort((a, b) => a.line - b.line || a.column - b.column);
}

const spanLength = (f: Finding) => f.secret.length;

function overlaps(a: Finding, b: Finding): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);
  return !before(a.endLine, a.endColumn, b.line, b.column) && !before(b.endLine, b.endColumn, a.line, a.column);
}

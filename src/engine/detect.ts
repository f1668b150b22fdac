import type { Finding, Fragment } from '../types.js';
import type { Ruleset } from '../ruleset/compile.js';
import { shannonEntropy } from './entropy.js';
import { isLikelyContextSecret } from './assignment-context.js';
import { fingerprintOf, hashSecret } from './fingerprint.js';
import { isAllowedInline } from './inline-allow.js';
import { LineIndex } from './location.js';
import { findMatches } from './match.js';
import { dropOverlaps } from './overlaps.js';
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
 * The pipeline for one fragment: keyword prefilter → rule regexes (around the keywords) → filters, cheapest
 * first (entropy, checksum, name and value shape for context rules, placeholders) → inline allow.
 */
export function detect(fragment: Fragment, ruleset: Ruleset, options: DetectOptions = {}): Finding[] {
  const { text } = fragment;
  const { hit, keywordEnds } = ruleset.candidates(text);
  const findings: Finding[] = [];
  let lines: LineIndex | undefined;
  let allowedBy: ReturnType<typeof allowComments> | undefined;
  let capped = false;
  for (let r = 0; r < ruleset.rules.length; r++) {
    if (hit[r] === 0) continue;
    const rule = ruleset.rules[r]!;
    let reported = 0;
    for (const match of findMatches(rule, text, (rule.reach ?? Infinity) < Infinity ? keywordEnds.of(r) : undefined)) {
      if (reported === MAX_FINDINGS_PER_RULE) {
        capped = true;
        break;
      }
      const entropy = shannonEntropy(match.secret);
      if (entropy < rule.entropy) continue;
      if (rule.checksum && !rule.checksum(match.secret)) continue;
      lines ??= new LineIndex(text);
      const startLine = lines.lineOf(match.start);
      const lineText = lines.lineText(startLine);
      // Before the placeholder check, which costs more: context rules match code (`n.apiKey=t.apiKey`) all over.
      if (rule.confidence !== 'high' && !isLikelyContextSecret({ text, matchStart: match.matchStart, secret: match.secret, lineText })) continue;
      if (isPlaceholder(match.secret)) continue;
      const endLine = lines.lineOf(match.end);
      allowedBy ??= allowComments(fragment, lines, ruleset);
      if (options.inlineAllow !== false && allowedBy(startLine, rule.id)) continue;
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

/**
 * Whether allow comments pass a finding of a rule on a line of the fragment. One answer per line and rule:
 * the markers are searched in the whole line, which may be megabytes long.
 */
export function allowComments(fragment: Fragment, lines: LineIndex, ruleset: Ruleset): (textLine: number, ruleId: string) => boolean {
  const answers = new Map<string, boolean>();
  return (textLine, ruleId) => {
    const key = `${textLine}\0${ruleId}`;
    let allowed = answers.get(key);
    if (allowed === undefined) {
      allowed = isAllowedInline(lines.lineText(textLine), lineBefore(fragment, lines, textLine), ruleId, ruleset.has);
      answers.set(key, allowed);
    }
    return allowed;
  };
}

function fileLine(fragment: Fragment, textLine: number): number {
  return fragment.lineMap?.[textLine] ?? fragment.startLine + textLine;
}

/** The text of the file line just above `textLine`, when the fragment holds it (a diff may not). */
function lineBefore(fragment: Fragment, lines: LineIndex, textLine: number): string | undefined {
  if (textLine === 0 || fileLine(fragment, textLine - 1) !== fileLine(fragment, textLine) - 1) return undefined;
  return lines.lineText(textLine - 1);
}

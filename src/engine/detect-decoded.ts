import type { Ruleset } from '../ruleset/compile.js';
import type { Finding, Fragment } from '../types.js';
import { decodedLayers } from './decode/decoded-layers.js';
import { MINIFIED_LINE } from './assignment-context.js';
import { allowComments, detect, hideLines, MAX_FINDINGS_PER_RULE, type DetectOptions } from './detect.js';
import { LineIndex } from './location.js';
import { dropOverlaps } from './overlaps.js';

export interface DecodeOptions extends DetectOptions {
  /** Layers of encoding to look through; 0 turns decoding off. */
  depth: number;
  /** Cap on decoded bytes per fragment, so that no input makes decoding blow up. */
  maxBytes: number;
}

export const DEFAULT_DECODE: DecodeOptions = { depth: 2, maxBytes: 1 << 20 };

const KEPT_CONTEXT = MINIFIED_LINE;
/**
 * Text detect may read across a fragment's decoded layers, each with the part of its line kept around it, as
 * a multiple of the decoded bytes allowed: thousands of small layers on long lines would otherwise cost
 * seconds while decoding little.
 */
const CONTEXT_BUDGET = 4;

/**
 * Detect on the fragment as it is, then on each decoded span put back in its line (so that
 * `JWT_SECRET: <base64>` keeps its name), reporting decoded secrets at the encoded text.
 */
export function detectWithDecoding(fragment: Fragment, ruleset: Ruleset, options: DecodeOptions = DEFAULT_DECODE): Finding[] {
  const findings = detect(fragment, ruleset, options);
  let capped = findings.some((finding) => finding.lineText === '');
  const layers = decodedLayers(fragment.text, options.depth, { bytes: options.maxBytes });
  if (layers.length === 0) return findings;
  const seen = new Set(findings.map((f) => `${f.ruleId}\0${f.secretHash}\0${f.line}`));
  const perRule = new Map<string, number>();
  for (const finding of findings) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
  const lines = new LineIndex(fragment.text);
  // Asked of the whole line: the part of it a layer is put back into may not reach an allow comment.
  const allowedBy = allowComments(fragment, lines, ruleset);
  let budget = options.maxBytes * CONTEXT_BUDGET;
  for (const layer of layers) {
    const line = lines.lineOf(layer.start);
    const lineStart = layer.start - lines.columnOf(layer.start, line) + 1;
    const lineEnd = lineStart + lines.lineText(line).length;
    // The line around the layer, cut on a long line so that each layer costs its own size, not the line's;
    // what is kept stays longer than a minified line, so a cut line is still judged as one.
    const prefix = fragment.text.slice(Math.max(lineStart, layer.start - KEPT_CONTEXT), layer.start);
    const suffix = layer.end <= lineEnd ? fragment.text.slice(layer.end, Math.min(lineEnd, layer.end + KEPT_CONTEXT)) : '';
    const substituted: Fragment = { ...fragment, text: prefix + layer.decoded + suffix, startLine: 1, lineMap: undefined };
    budget -= substituted.text.length;
    if (budget < 0) break;
    const decodedLines = new LineIndex(substituted.text);
    const endLine = lines.lineOf(layer.end);
    for (const finding of detect(substituted, ruleset, options)) {
      const offset = decodedLines.offsetOf(finding.line - 1, finding.column);
      if (offset < prefix.length || offset >= prefix.length + layer.decoded.length) continue;
      const key = `${finding.ruleId}\0${finding.secretHash}\0${fileLine(fragment, line)}`;
      const count = perRule.get(finding.ruleId) ?? 0;
      if (seen.has(key) || (options.inlineAllow !== false && allowedBy(line, finding.ruleId))) continue;
      if (count >= MAX_FINDINGS_PER_RULE) {
        capped = true;
        continue;
      }
      seen.add(key);
      perRule.set(finding.ruleId, count + 1);
      findings.push({
        ...finding,
        line: fileLine(fragment, line),
        column: lines.columnOf(layer.start, line),
        endLine: fileLine(fragment, endLine),
        endColumn: lines.columnOf(layer.end, endLine),
        lineText: lines.lineText(line),
        decoded: layer.names.join('+'),
      });
    }
  }
  if (capped) hideLines(findings);
  return dropOverlaps(findings, ruleset);
}

function fileLine(fragment: Fragment, textLine: number): number {
  return fragment.lineMap?.[textLine] ?? fragment.startLine + textLine;
}

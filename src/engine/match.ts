import type { Rule } from '../types.js';

export interface RawMatch {
  secret: string;
  start: number;
  end: number;
  /** Where the whole match starts: for context rules, the name the secret is assigned to. */
  matchStart: number;
}

/**
 * Every match of a rule's regex in `text`, reduced to the secret's span. Given where the rule's keywords end
 * (ascending), a rule of bounded reach runs only around them: a match holding a keyword that ends at `e` starts
 * within `reach` before it, and reads no further than `reach` either side of its start (lookarounds included),
 * so the regex tries only those starts, on a window with room for what they read. Windows that meet are merged,
 * so no start is tried twice.
 */
export function findMatches(rule: Rule, text: string, keywordEnds?: readonly number[]): RawMatch[] {
  const matches: RawMatch[] = [];
  const reach = rule.reach ?? Infinity;
  if (keywordEnds === undefined || keywordEnds.length === 0 || reach === Infinity) {
    matchIn(rule.regex, text, 0, 0, text.length, 0, matches);
    return matches;
  }
  for (let k = 0; k < keywordEnds.length; ) {
    const firstTry = Math.max(0, keywordEnds[k]! + 1 - reach);
    let end = Math.min(text.length, keywordEnds[k]! + 1 + reach);
    for (k++; k < keywordEnds.length && keywordEnds[k]! + 1 - reach <= end; k++) end = Math.min(text.length, keywordEnds[k]! + 1 + reach);
    matchIn(rule.regex, text, Math.max(0, firstTry - reach), firstTry, end, reach, matches);
  }
  return matches;
}

/**
 * The matches in text[start, end) that start at `firstTry` or later, offset into `text`; the text before
 * `firstTry` is there for lookbehinds to read. Where the window is cut short of the text's end, a match that
 * could read past the cut is left out: it holds no keyword of this window (those are farther in), and its
 * lookaheads would see the cut as the end of the text.
 */
function matchIn(regex: RegExp, text: string, start: number, firstTry: number, end: number, reach: number, matches: RawMatch[]): void {
  const window = start === 0 && end === text.length ? text : text.slice(start, end);
  const lastStart = end === text.length ? window.length : window.length - reach;
  regex.lastIndex = firstTry - start;
  for (let m = regex.exec(window); m !== null; m = regex.exec(window)) {
    if (m[0].length === 0) regex.lastIndex++;
    if (m.index > lastStart) continue;
    const span = m.indices?.groups?.secret ?? m.indices?.[1];
    const secret = m.groups?.secret ?? m[1];
    if (span === undefined || secret === undefined || secret.length === 0) continue;
    matches.push({ secret, start: span[0] + start, end: span[1] + start, matchStart: m.index + start });
  }
}

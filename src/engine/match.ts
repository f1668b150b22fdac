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
 * (ascending), a rule of bounded reach runs only on windows around them: any match holding a keyword lies
 * within `reach` of it, and its lookarounds read no further, so a window of twice that on each side sees it
 * and everything it reads as the whole text would. Windows that meet are merged, so none is searched twice.
 */
export function findMatches(rule: Rule, text: string, keywordEnds?: readonly number[]): RawMatch[] {
  const matches: RawMatch[] = [];
  const reach = rule.reach ?? Infinity;
  if (keywordEnds === undefined || keywordEnds.length === 0 || reach === Infinity) {
    matchIn(rule.regex, text, 0, text.length, 0, matches);
    return matches;
  }
  const side = 2 * reach + 2;
  for (let k = 0; k < keywordEnds.length; ) {
    const start = Math.max(0, keywordEnds[k]! + 1 - side);
    let end = Math.min(text.length, keywordEnds[k]! + 1 + side);
    for (k++; k < keywordEnds.length && keywordEnds[k]! + 1 - side <= end; k++) end = Math.min(text.length, keywordEnds[k]! + 1 + side);
    matchIn(rule.regex, text, start, end, reach, matches);
  }
  return matches;
}

/**
 * The matches in text[start, end), offset into `text`. Where the window is cut out of a longer text, a match
 * that reads within `reach` of the cut is left out: it holds no keyword of this window (those are farther in),
 * and its lookarounds would see the cut as the text's edge.
 */
function matchIn(regex: RegExp, text: string, start: number, end: number, reach: number, matches: RawMatch[]): void {
  const window = start === 0 && end === text.length ? text : text.slice(start, end);
  const firstStart = start === 0 ? 0 : reach;
  const lastEnd = end === text.length ? window.length : window.length - reach;
  regex.lastIndex = 0;
  for (let m = regex.exec(window); m !== null; m = regex.exec(window)) {
    if (m[0].length === 0) regex.lastIndex++;
    if (m.index < firstStart || m.index + m[0].length > lastEnd) continue;
    const span = m.indices?.groups?.secret ?? m.indices?.[1];
    const secret = m.groups?.secret ?? m[1];
    if (span === undefined || secret === undefined || secret.length === 0) continue;
    matches.push({ secret, start: span[0] + start, end: span[1] + start, matchStart: m.index + start });
  }
}

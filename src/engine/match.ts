import type { Rule } from '../types.js';

export interface RawMatch {
  secret: string;
  start: number;
  end: number;
  /** Where the whole match starts: for context rules, the name the secret is assigned to. */
  matchStart: number;
}

/** Every match of a rule's regex in `text`, reduced to the secret's span. */
export function findMatches(rule: Rule, text: string): RawMatch[] {
  const regex = rule.regex;
  const matches: RawMatch[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    const span = m.indices?.groups?.secret ?? m.indices?.[1];
    const secret = m.groups?.secret ?? m[1];
    if (span === undefined || secret === undefined || secret.length === 0) continue;
    matches.push({ secret, start: span[0], end: span[1], matchStart: m.index });
  }
  return matches;
}

/**
 * Comments that say a value is not a secret. leakguard's own marker can name rules; the markers
 * of gitleaks and detect-secrets are honoured so that repositories moving over keep working.
 */
const OWN_MARKER = 'leakguard:allow';
const SAME_LINE_MARKERS = ['gitleaks:allow', 'pragma: allowlist secret'];
const NEXT_LINE_MARKER = 'pragma: allowlist nextline secret';
const REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)/;

/**
 * Whether a finding of `ruleId` on `line` is allowed by a comment on it, or by a next-line pragma on
 * `previousLine` (undefined where the line before is not known, as in a diff). `isRuleId` tells
 * whether a word names a rule, so that `leakguard:allow test vector` stays a note, not a rule list.
 */
export function isAllowedInline(
  line: string,
  previousLine: string | undefined,
  ruleId: string,
  isRuleId: (word: string) => boolean,
): boolean {
  if (SAME_LINE_MARKERS.some((marker) => line.includes(marker))) return true;
  if (previousLine?.includes(NEXT_LINE_MARKER)) return true;
  const at = line.indexOf(OWN_MARKER);
  if (at === -1) return false;
  const scope = allowedRules(line.slice(at + OWN_MARKER.length), isRuleId);
  return scope === 'all' || scope.includes(ruleId);
}

/**
 * The rules a `leakguard:allow` comment names. Before ` -- reason` every word is a rule id; without
 * `--`, leading words count as rule ids only when they name rules, and the rest is a note.
 */
function allowedRules(rest: string, isRuleId: (word: string) => boolean): string[] | 'all' {
  const separator = REASON_SEPARATOR.exec(rest);
  const words = (separator ? rest.slice(0, separator.index) : rest).split(/[\s,]+/).filter(Boolean);
  if (separator) return words.length ? words : 'all';
  const named: string[] = [];
  for (const word of words) {
    if (!isRuleId(word)) break;
    named.push(word);
  }
  return named.length ? named : 'all';
}

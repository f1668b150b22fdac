import type { Finding, RuleSpec } from '../types.js';
import { excludeMatcher, type AllowEntry } from './load-config.js';
import { ruleIdsNamed } from './select-rules.js';

/** Whether the config's `allow` list says a finding is not a secret. */
export function allowListMatcher(entries: readonly AllowEntry[], rules: readonly RuleSpec[]): (finding: Finding) => boolean {
  const tests = entries.map((entry) => {
    const ruleIds = entry.rules && ruleIdsNamed(entry.rules, rules);
    const inPath = excludeMatcher(entry.paths);
    return (finding: Finding) => {
      if (ruleIds && !ruleIds.has(finding.ruleId)) return false;
      if (entry.paths.length && !inPath(finding.file)) return false;
      if (entry.values.length && !entry.values.some((value) => value.test(finding.secret))) return false;
      const lower = entry.stopwords.length ? finding.secret.toLowerCase() : '';
      return entry.stopwords.length === 0 || entry.stopwords.some((word) => lower.includes(word));
    };
  });
  return (finding) => tests.some((test) => test(finding));
}

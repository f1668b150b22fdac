import { ScanError } from './errors.js';
import { FILE_RULES, type FileRule } from './hygiene/file-rules.js';
import { loadBuiltinRules } from './ruleset/load-rules.js';
import type { Confidence, RuleSpec } from './types.js';

const HOW_FOUND: Record<Confidence, string> = {
  high: 'It is found by the issuer’s own format, so a match is almost surely one.',
  medium: 'Its format is shared with other values, so the name it is assigned to and how random it looks must agree.',
  low: 'It is found by the name it is assigned to and by how random the value looks: check each finding by eye.',
};

const SPREADS = 'A secret in a repository reaches every clone, fork, CI log and backup, and stays in the history after its line is deleted.';

const KEYWORDS_SHOWN = 6;

function section(title: string, lines: string[]): string {
  return [title, ...lines.map((line) => `  ${line}`)].join('\n');
}

function valueRuleText(spec: RuleSpec): string {
  const keywords = spec.keywords.slice(0, KEYWORDS_SHOWN).join(', ') + (spec.keywords.length > KEYWORDS_SHOWN ? ', …' : '');
  const generic = spec.tags?.includes('generic');
  return [
    `${spec.id}: ${spec.description}`,
    section('What it finds', [
      `${spec.description}. ${HOW_FOUND[spec.confidence ?? 'high']}`,
      ...(spec.checksum ? ['The match must also carry the issuer’s checksum: a finding is a real token, not a look-alike.'] : []),
      ...(keywords ? [`It is looked for only in text that holds ${keywords}.`] : []),
    ]),
    section('Why it matters', [
      generic
        ? 'It may be a password or a key of any service: whoever reads it can sign in or call that service as you until it is changed.'
        : 'Whoever reads it can use it as you until it is revoked: call the service, spend what it bills you for, read or change what it reaches.',
      SPREADS,
    ]),
    section('How to rotate it', [spec.rotate ?? 'Revoke it at its issuer and issue a new one.', 'Rotate first: removing it from the code does not revoke it.']),
    section('If it is not a secret', [
      'Put leakguard:allow on its line, in a comment, and that line is never reported.',
      'Or accept the finding in the baseline (.leakguard-baseline.json), or list its fingerprint in .leakguardignore;',
      'the fingerprint is in the JSON report and stays the same when lines move.',
    ]),
  ].join('\n\n');
}

function fileRuleText(rule: FileRule): string {
  return [
    `${rule.id}: ${rule.description}`,
    section('What it finds', [`A file about to be committed (leakguard staged) or in git (leakguard doctor) whose name matches ${rule.names}.`]),
    section('Why it matters', [rule.why, SPREADS]),
    section('How to fix it', [
      'git rm --cached FILE takes it out of the next commit and keeps it on disk; a line in .gitignore keeps it out.',
      'The finding’s fix line has the exact command.',
    ]),
    section('How to rotate what it holds', [rule.rotate ?? 'Rotate each secret it holds at its issuer.']),
    section('If it holds nothing secret', [
      'Accept the finding in the baseline (.leakguard-baseline.json), or list its fingerprint in .leakguardignore;',
      'a file finding’s fingerprint stands for its rule and its path.',
    ]),
  ].join('\n\n');
}

/** Everything to know about a rule, built-in or about files, in plain words; an unknown id is an error. */
export function explainRule(id: string): string {
  const fileRule = FILE_RULES.find((rule) => rule.id === id);
  if (fileRule) return `${fileRuleText(fileRule)}\n`;
  const specs = loadBuiltinRules();
  const spec = specs.find((rule) => rule.id === id);
  if (spec) return `${valueRuleText(spec)}\n`;
  const near = [...specs, ...FILE_RULES].map((rule) => rule.id).filter((other) => other.includes(id) || id.includes(other));
  const hint = near.length ? `did you mean ${near.slice(0, 5).join(', ')}?` : 'leakguard rules list names every rule';
  // Not echoed: a secret pasted here by mistake must not be printed back.
  throw new ScanError('no rule has that id, and it is not a fingerprint (24 hex characters)', hint);
}

import { detect } from '../engine/detect.js';
import { redact } from '../report/redact.js';
import type { RuleSpec } from '../types.js';
import { compileRules } from './compile.js';
import { backtrackingProblem, compileRegex } from './regex-safety.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MIN_EXAMPLES = 2;

/** Everything wrong with a rule, as sentences; empty when the rule is sound. Used by tests and `rules check`. */
export function checkRule(spec: RuleSpec): string[] {
  const problems: string[] = [];
  if (!ID.test(spec.id) || spec.id.length > 48) problems.push('id must be lowercase words joined by "-", at most 48 characters');
  let regex: RegExp;
  try {
    regex = compileRegex(spec.pattern, `gd${spec.flags ?? ''}`);
  } catch (error) {
    return [...problems, `pattern does not compile: ${(error as Error).message}`];
  }
  const groups = new RegExp(`${spec.pattern}|`, spec.flags ?? '').exec('')!.length - 1;
  const named = /\(\?<secret>/.test(spec.pattern);
  if (!named && groups < 1) problems.push('pattern needs a capture group (or a group named "secret") around the secret');
  if (regex.test('')) problems.push('pattern matches the empty string');
  const backtracking = backtrackingProblem(spec.pattern, spec.flags);
  if (backtracking) problems.push(backtracking);
  if (spec.keywords.length === 0) problems.push('keywords must name at least one word that every match contains');
  for (const keyword of spec.keywords) {
    if (keyword !== keyword.toLowerCase() || !/^[\x20-\x7e]+$/.test(keyword)) {
      problems.push(`keyword "${keyword}" must be lowercase printable ASCII`);
    }
  }
  if (spec.examples.length < MIN_EXAMPLES) problems.push(`needs at least ${MIN_EXAMPLES} examples`);
  if (spec.negativeExamples.length < MIN_EXAMPLES) problems.push(`needs at least ${MIN_EXAMPLES} negativeExamples`);
  if (!spec.rotate || !/https:\/\/\S+/.test(spec.rotate)) problems.push('rotate must say how to revoke the credential, with an https:// link');
  if (problems.length) return problems;

  const ruleset = compileRules([spec]);
  for (const example of spec.examples) {
    if (!spec.keywords.some((keyword) => example.toLowerCase().includes(keyword))) {
      problems.push(`example holds none of the keywords: ${abbreviate(example)}`);
    } else if (detect({ path: 'example', text: example, startLine: 1 }, ruleset).length === 0) {
      problems.push(`example is not found: ${abbreviate(example)}`);
    }
  }
  for (const example of spec.negativeExamples) {
    const found = detect({ path: 'example', text: example, startLine: 1 }, ruleset);
    // Shown as any finding is, redacted: what the rule finds is a secret as far as leakguard can tell.
    const shown = found.reduce((text, finding) => text.split(finding.secret).join(redact(finding.secret)), example);
    if (found.length > 0) problems.push(`negative example is found: ${abbreviate(shown)}`);
  }
  return problems;
}

const abbreviate = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text).replace(/\n/g, '\\n');

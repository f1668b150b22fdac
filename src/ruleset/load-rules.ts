import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import type { RuleSpec } from '../types.js';
import { parseRuleFile } from './parse-rule-file.js';
import { assertUniqueIds } from './rule-spec.js';
import { readRulesCache, ruleFileNames, writeRulesCache } from './rules-cache.js';

const rulesDir = () => join(packageRoot(), 'rules');

/**
 * Built-in rules: every rules/*.yaml file of the package, sorted by id (from the build's cache when fresh).
 * The CLI's bundle has a module of the parsed rules in this one's place (scripts/build-cli.mjs): no YAML
 * parser and no hashing of the rule files when a hook starts.
 */
export function loadBuiltinRules(): RuleSpec[] {
  return readRulesCache(rulesDir()) ?? parseBuiltinRules();
}

function parseBuiltinRules(): RuleSpec[] {
  const dir = rulesDir();
  const specs = ruleFileNames(dir).flatMap((name) => parseRuleFile(readFileSync(join(dir, name), 'utf8'), `rules/${name}`));
  assertUniqueIds(specs);
  return specs.sort((a, b) => a.id.localeCompare(b.id));
}

/** Run by the build: parse the rule files once so that every scan starts fast. */
export function buildRulesCache(): number {
  const specs = parseBuiltinRules();
  writeRulesCache(rulesDir(), specs);
  return specs.length;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RuleError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import type { RuleSpec } from '../types.js';
import { parseRuleFile } from './parse-rule-file.js';
import { readRulesCache, ruleFileNames, writeRulesCache } from './rules-cache.js';

const rulesDir = () => join(packageRoot(), 'rules');

/** Built-in rules: every rules/*.yaml file of the package, sorted by id (from the build's cache when fresh). */
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

export function assertUniqueIds(specs: readonly RuleSpec[]): void {
  const seen = new Map<string, string | undefined>();
  for (const spec of specs) {
    if (seen.has(spec.id)) {
      throw new RuleError(`rule id "${spec.id}" is defined twice (${seen.get(spec.id)} and ${spec.source})`);
    }
    seen.set(spec.id, spec.source);
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RuleError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import type { RuleSpec } from '../types.js';
import { parseRuleFile } from './parse-rule-file.js';

/** Built-in rules: every rules/*.yaml file of the package, sorted by id. */
export function loadBuiltinRules(): RuleSpec[] {
  const dir = join(packageRoot(), 'rules');
  const specs = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => parseRuleFile(readFileSync(join(dir, name), 'utf8'), `rules/${name}`));
  assertUniqueIds(specs);
  return specs.sort((a, b) => a.id.localeCompare(b.id));
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

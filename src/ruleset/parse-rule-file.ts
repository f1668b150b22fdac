import { parseYaml } from '../yaml.js';
import { RuleError } from '../errors.js';
import type { RuleSpec } from '../types.js';
import { isObject, toRuleSpec } from './rule-spec.js';

/** Reads a rules file (YAML or JSON): `{ provider?, rules: [RuleSpec…] }` or a bare list of rules. */
export function parseRuleFile(text: string, source: string): RuleSpec[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new RuleError(`${source}: not valid YAML or JSON: ${firstLine((error as Error).message)}`);
  }
  const list = Array.isArray(data) ? data : isObject(data) ? data.rules : undefined;
  if (!Array.isArray(list)) throw new RuleError(`${source}: expected a "rules" list`);
  return list.map((item, index) => toRuleSpec(item, `${source}: rules[${index}]`, source));
}

const firstLine = (text: string) => text.split('\n')[0] ?? text;

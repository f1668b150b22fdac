import { parseYaml } from '../yaml.js';
import { RuleError } from '../errors.js';
import type { RuleSpec } from '../types.js';
import { ruleFileSpecs } from './rule-spec.js';

/** Reads a rules file's text (YAML or JSON), as ruleFileSpecs says. */
export function parseRuleFile(text: string, source: string): RuleSpec[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new RuleError(`${source}: not valid YAML or JSON: ${firstLine((error as Error).message)}`);
  }
  return ruleFileSpecs(data, source);
}

const firstLine = (text: string) => text.split('\n')[0] ?? text;

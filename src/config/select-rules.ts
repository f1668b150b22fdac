import { basename } from 'node:path';
import { CONFIDENCE_RANK } from '../ruleset/compile.js';
import { ConfigError } from '../errors.js';
import { loadBuiltinRules } from '../ruleset/load-rules.js';
import { assertUniqueIds } from '../ruleset/rule-spec.js';
import type { RuleSpec } from '../types.js';
import type { Config, Named } from './load-config.js';

/**
 * The rules a config runs: the built-in ones (always, unless disabled by id or tag) and its custom
 * ones, less those `rules.disable` names and those under `minConfidence`; `rules.enable` brings
 * back what a wider disable turned off, and an id outranks a tag.
 */
export function selectRules(config: Config, builtins: readonly RuleSpec[] = loadBuiltinRules()): RuleSpec[] {
  const all = [
    ...builtins.map((spec) => withTags(spec, ['builtin', providerOf(spec)])),
    ...config.customRules.map((spec) => withTags(spec, ['custom'])),
  ];
  assertUniqueIds(all);
  const known = new Set(all.flatMap((spec) => [spec.id, ...spec.tags!]));
  for (const named of [...config.enable, ...config.disable, ...config.allow.flatMap((entry) => entry.rules ?? [])]) {
    if (!known.has(named.name)) {
      const hint = 'rule ids are in rules/*.yaml; see docs/configuration.md for tags';
      throw new ConfigError(`${named.at}: no rule or tag is named "${named.name}"`, hint);
    }
  }
  const enable = names(config.enable);
  const disable = names(config.disable);
  const floor = CONFIDENCE_RANK[config.minConfidence ?? 'low'];
  return all.filter((spec) => isOn(spec, enable, disable) && CONFIDENCE_RANK[spec.confidence ?? 'high'] >= floor);
}

function isOn(spec: RuleSpec, enable: Set<string>, disable: Set<string>): boolean {
  if (enable.has(spec.id)) return true;
  if (disable.has(spec.id)) return false;
  const tags = spec.tags ?? [];
  return tags.some((tag) => enable.has(tag)) || !tags.some((tag) => disable.has(tag));
}

/** The ids of the rules that a list of rule ids and tags names. */
export function ruleIdsNamed(list: readonly Named[], rules: readonly RuleSpec[]): Set<string> {
  const wanted = names(list);
  return new Set(rules.filter((spec) => wanted.has(spec.id) || spec.tags?.some((tag) => wanted.has(tag))).map((spec) => spec.id));
}

const names = (list: readonly Named[]) => new Set(list.map((named) => named.name));

const withTags = (spec: RuleSpec, implicit: string[]): RuleSpec => ({ ...spec, tags: [...new Set([...(spec.tags ?? []), ...implicit])] });

/** `rules/github.yaml` → `github`: the provider file a built-in rule comes from. */
const providerOf = (spec: RuleSpec) => basename(spec.source ?? '', '.yaml');

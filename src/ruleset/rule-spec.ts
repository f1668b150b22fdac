import { RuleError } from '../errors.js';
import { checksums } from '../engine/checksums.js';
import type { Confidence, RuleSpec } from '../types.js';

const REQUIRED_STRINGS = ['id', 'description', 'pattern'] as const;
const OPTIONAL_STRINGS = ['flags', 'rotate', 'checksum'] as const;
const STRING_LISTS = ['keywords', 'examples', 'negativeExamples', 'tags'] as const;
const KNOWN_FIELDS = new Set<string>([...REQUIRED_STRINGS, ...OPTIONAL_STRINGS, ...STRING_LISTS, 'entropy', 'confidence']);
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

/** A rule as data (from a rule file or a config's custom rules), checked field by field. */
export function toRuleSpec(item: unknown, at: string, source: string): RuleSpec {
  if (!isObject(item)) throw new RuleError(`${at}: expected a mapping with id, description, pattern, keywords`);
  const label = typeof item.id === 'string' ? `${at} (${item.id})` : at;
  for (const key of Object.keys(item)) {
    if (!KNOWN_FIELDS.has(key)) throw new RuleError(`${label}: unknown field "${key}"`);
  }
  for (const key of REQUIRED_STRINGS) {
    if (typeof item[key] !== 'string' || item[key] === '') throw new RuleError(`${label}: "${key}" must be a non-empty string`);
  }
  for (const key of OPTIONAL_STRINGS) {
    if (item[key] !== undefined && typeof item[key] !== 'string') throw new RuleError(`${label}: "${key}" must be a string`);
  }
  for (const key of STRING_LISTS) {
    const value = item[key];
    if (value === undefined && (key === 'tags' || key === 'keywords')) continue;
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      throw new RuleError(`${label}: "${key}" must be a list of strings`);
    }
  }
  if (item.entropy !== undefined && (typeof item.entropy !== 'number' || item.entropy < 0 || item.entropy > 8)) {
    throw new RuleError(`${label}: "entropy" must be a number from 0 to 8`);
  }
  if (item.confidence !== undefined && !CONFIDENCES.includes(item.confidence as Confidence)) {
    throw new RuleError(`${label}: "confidence" must be one of ${CONFIDENCES.join(', ')}`);
  }
  if (item.checksum !== undefined && !(item.checksum as string in checksums)) {
    throw new RuleError(`${label}: "checksum" must be one of ${Object.keys(checksums).join(', ')}`);
  }
  if (item.flags !== undefined && !/^[ims]*$/.test(item.flags as string)) {
    throw new RuleError(`${label}: "flags" may hold only i, m and s`);
  }
  return { ...(item as unknown as RuleSpec), keywords: (item.keywords as string[] | undefined) ?? [], source };
}

/** A rules file's data: `{ provider?, rules: [RuleSpec…] }` or a bare list of rules. */
export function ruleFileSpecs(data: unknown, source: string): RuleSpec[] {
  const list = Array.isArray(data) ? data : isObject(data) ? data.rules : undefined;
  if (!Array.isArray(list)) throw new RuleError(`${source}: expected a "rules" list`);
  return list.map((item, index) => toRuleSpec(item, `${source}: rules[${index}]`, source));
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

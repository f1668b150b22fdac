import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, RuleError } from '../errors.js';
import { checkRule } from '../ruleset/check-rule.js';
import { compileRegex } from '../ruleset/regex-safety.js';
import { toRuleSpec } from '../ruleset/rule-spec.js';
import type { Confidence, RuleSpec } from '../types.js';
import { keyLabel, schemaProblem, type KeyPath } from './schema-check.js';
import { readYamlSource, type YamlSource } from './yaml-source.js';

/** A rule id or tag as the user wrote it, with where, so that a typo can be pointed at. */
export interface Named {
  name: string;
  at: string;
}

/** One entry of `allow`: every kind it gives must match a finding (any item of each list). */
export interface AllowEntry {
  at: string;
  rules?: Named[];
  paths: string[];
  values: RegExp[];
  stopwords: string[];
}

/** The settings of one config file, checked; `extends` resolved to absolute paths. */
export interface ConfigLayer {
  extends: string[];
  exclude: string[];
  maxFileSize?: number;
  minConfidence?: Confidence;
  enable: Named[];
  disable: Named[];
  customRules: RuleSpec[];
  allow: AllowEntry[];
}

interface RawConfig {
  extends?: string | string[];
  exclude?: string[];
  maxFileSize?: number;
  minConfidence?: Confidence;
  rules?: { enable?: string[]; disable?: string[]; custom?: unknown[] };
  allow?: Array<{ rules?: string[]; paths?: string[]; values?: string[]; stopwords?: string[] }>;
}

/** Reads one config file; the shipped schema decides its shape, then rules and regexes are checked. */
export async function readConfigFile(file: string): Promise<ConfigLayer> {
  const source = await readYamlSource(file, 'config');
  const problem = schemaProblem('config', source.data);
  if (problem) throw new ConfigError(`${source.locate(problem.path)}: ${problem.message}`, 'see docs/configuration.md');
  const raw = source.data as RawConfig;
  const named = (list: string[] | undefined, path: KeyPath): Named[] =>
    (list ?? []).map((name, i) => ({ name, at: at(source, [...path, i]) }));
  return {
    extends: [raw.extends ?? []].flat().map((base, i) => existingFile(source, base, ['extends', i])),
    exclude: raw.exclude ?? [],
    maxFileSize: raw.maxFileSize,
    minConfidence: raw.minConfidence,
    enable: named(raw.rules?.enable, ['rules', 'enable']),
    disable: named(raw.rules?.disable, ['rules', 'disable']),
    customRules: (raw.rules?.custom ?? []).map((item, i) => customRule(source, item, ['rules', 'custom', i])),
    allow: (raw.allow ?? []).map((entry, i) => {
      const path = ['allow', i];
      if (!entry.paths && !entry.values && !entry.stopwords) {
        throw new ConfigError(`${at(source, path)} needs "paths", "values" or "stopwords"`, 'to turn a rule off, use rules.disable');
      }
      return {
        at: at(source, path),
        rules: entry.rules && named(entry.rules, [...path, 'rules']),
        paths: entry.paths ?? [],
        values: (entry.values ?? []).map((value, j) => regex(source, value, [...path, 'values', j])),
        stopwords: (entry.stopwords ?? []).map((word) => word.toLowerCase()),
      };
    }),
  };
}

/** `file:line: "allow[0].values[1]"`: where a setting was written. */
const at = (source: YamlSource, path: KeyPath) => `${source.locate(path)}: "${keyLabel(path)}"`;

function existingFile(source: YamlSource, path: string, key: KeyPath): string {
  const file = resolve(dirname(source.file), path);
  if (!existsSync(file)) throw new ConfigError(`${at(source, key)}: no such file ${file}`, 'paths in extends are relative to the config file');
  if (!statSync(file).isFile()) throw new ConfigError(`${at(source, key)}: ${file} is not a file`, 'extends names config files');
  return file;
}

function regex(source: YamlSource, pattern: string, key: KeyPath): RegExp {
  try {
    return compileRegex(pattern);
  } catch (error) {
    throw new ConfigError(`${at(source, key)} is not a valid regular expression: ${(error as Error).message}`);
  }
}

/** A custom rule goes through the same checks as a built-in one: fields, then examples through the engine. */
function customRule(source: YamlSource, item: unknown, key: KeyPath): RuleSpec {
  const where = at(source, key);
  let spec: RuleSpec;
  try {
    spec = toRuleSpec(item, where, source.file);
  } catch (error) {
    if (error instanceof RuleError) throw new ConfigError(error.message, 'see docs/rules.md');
    throw error;
  }
  const problems = checkRule(spec);
  if (problems.length) throw new ConfigError(`${where} (${spec.id}): ${problems.join('; ')}`, 'see docs/rules.md');
  return spec;
}

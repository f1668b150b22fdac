import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { parseYaml } from '../yaml.js';
import { ConfigError } from '../errors.js';

export const CONFIG_NAMES = ['.leakguard.yaml', '.leakguard.yml', '.leakguard.json'];

export interface Config {
  /** The file it came from, if any. */
  file?: string;
  /** Path globs (picomatch, `/` paths relative to the root) never scanned. */
  exclude: string[];
  maxFileSize?: number;
}

type Check = (value: unknown) => string | undefined;

const isStringList: Check = (v) =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? undefined : 'a list of strings';
const isPositiveInteger: Check = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 ? undefined : 'a whole number of bytes above 0';

const FIELDS: Record<string, Check> = { exclude: isStringList, maxFileSize: isPositiveInteger };

/** The config file at the first of `dirs` that has one, or `explicit` when given. */
export function loadConfig(dirs: readonly string[], explicit?: string): Config {
  const file = explicit ?? findConfigFile(dirs);
  if (file === undefined) return { exclude: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return { ...parseConfig(text, file), file };
}

export function findConfigFile(dirs: readonly string[]): string | undefined {
  for (const dir of dirs) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

export function parseConfig(text: string, file: string): Config {
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    throw new ConfigError(`${file}: not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError(`${file}: expected a mapping of settings at the top level`);
  }
  const record = data as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    const check = FIELDS[key];
    if (!check) throw new ConfigError(`${file}: unknown key "${key}" (known: ${Object.keys(FIELDS).join(', ')})`);
    const expected = check(value);
    if (expected) throw new ConfigError(`${file}: "${key}" must be ${expected}`);
  }
  return { exclude: (record.exclude as string[] | undefined) ?? [], maxFileSize: record.maxFileSize as number | undefined };
}

/** A matcher for the config's `exclude` globs; a glob naming a folder excludes what is under it. */
export function excludeMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const patterns = globs.flatMap((glob) => {
    const bare = glob.replace(/\/+$/, '');
    return [bare, `${bare}/**`];
  });
  return picomatch(patterns, { dot: true });
}

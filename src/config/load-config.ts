import { existsSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { ConfigError } from '../errors.js';
import { readConfigFile, type ConfigLayer } from './read-config-file.js';

export type { AllowEntry, Named } from './read-config-file.js';

export const CONFIG_NAMES = ['.leakguard.yaml', '.leakguard.yml', '.leakguard.json'];

/** The settings in force: the config file merged over the files it extends. */
export interface Config extends Omit<ConfigLayer, 'extends'> {
  /** The file it came from, if any. */
  file?: string;
}

const EMPTY: Config = { exclude: [], enable: [], disable: [], customRules: [], allow: [] };

/** The config file at the first of `dirs` that has one, or `explicit` when given. */
export async function loadConfig(dirs: readonly string[], explicit?: string): Promise<Config> {
  const file = explicit ?? findConfigFile(dirs);
  if (file === undefined) return EMPTY;
  return { ...(await loadLayered(file, [])), file };
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

/** A file's settings over those of the files it extends, in order: lists add up, single values here win. */
async function loadLayered(file: string, chain: readonly string[]): Promise<Config> {
  if (chain.includes(file)) throw new ConfigError(`${chain.at(-1)}: "extends" loops back to ${file}`, 'remove one link of the loop');
  const { extends: bases, ...own } = await readConfigFile(file);
  const layers: Config[] = [];
  for (const base of bases) layers.push(await loadLayered(base, [...chain, file]));
  return [...layers, own].reduce(merge, EMPTY);
}

function merge(base: Config, over: Config): Config {
  return {
    exclude: [...base.exclude, ...over.exclude],
    maxFileSize: over.maxFileSize ?? base.maxFileSize,
    minConfidence: over.minConfidence ?? base.minConfidence,
    enable: [...base.enable, ...over.enable],
    disable: [...base.disable, ...over.disable],
    customRules: [...base.customRules, ...over.customRules],
    allow: [...base.allow, ...over.allow],
  };
}

/** A matcher for path globs (`exclude`, `allow[].paths`); a glob naming a folder matches what is under it. */
export function excludeMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const patterns = globs.flatMap((glob) => {
    const bare = glob.replace(/\/+$/, '');
    return [bare, `${bare}/**`];
  });
  return picomatch(patterns, { dot: true });
}

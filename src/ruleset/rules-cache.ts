import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../package-root.js';
import type { RuleSpec } from '../types.js';

/**
 * Parsing 80 YAML files costs a pre-commit hook some 200 ms, so the build writes the parsed
 * rules to dist/rules.json with a hash of the rule files; a stale cache is not used.
 */
const cacheFile = () => join(packageRoot(), 'dist', 'rules.json');

export function ruleFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
}

/**
 * What the rule files hold, not when they were written: npm sets every file's time to the same date when
 * it packs, and git to the checkout's, so a signature of times would call the shipped cache stale.
 * Hashing the 600 KB of rules costs a few milliseconds.
 */
function signature(dir: string): string {
  const hash = createHash('sha256');
  for (const name of ruleFileNames(dir)) hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
  return hash.digest('hex');
}

export function readRulesCache(dir: string): RuleSpec[] | undefined {
  const file = cacheFile();
  if (!existsSync(file)) return undefined;
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as { signature: string; rules: RuleSpec[] };
    return cache.signature === signature(dir) ? cache.rules : undefined;
  } catch {
    return undefined;
  }
}

export function writeRulesCache(dir: string, rules: RuleSpec[]): void {
  const file = cacheFile();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ signature: signature(dir), rules }));
}

import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { excludeMatcher, loadConfig } from './config/load-config.js';
import { detectWithDecoding } from './engine/detect-decoded.js';
import { compileRules } from './ruleset/compile.js';
import { loadBuiltinRules } from './ruleset/load-rules.js';
import { fileSource } from './sources/files.js';
import { workTreeTop } from './sources/git.js';
import { ScanError } from './errors.js';
import type { Finding, ScanResult } from './types.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export interface ScanFilesOptions {
  paths: string[];
  cwd: string;
  allFiles?: boolean;
  maxFileSize?: number;
  configFile?: string;
}

/** `leakguard scan`: files on disk → fragments → detect → result. */
export async function scanFiles(options: ScanFilesOptions): Promise<ScanResult> {
  const started = performance.now();
  const targets = (options.paths.length ? options.paths : ['.']).map((path) => resolve(options.cwd, path));
  for (const target of targets) {
    if (!existsSync(target)) throw new ScanError(`cannot scan ${target}: no such file or folder`, 'check the path');
  }
  const root = scanRoot(targets, options.cwd);
  const top = await workTreeTop(root);
  const config = loadConfig(top && top !== root ? [root, top] : [root], options.configFile && resolve(options.cwd, options.configFile));
  const ruleset = compileRules(loadBuiltinRules());
  const source = fileSource({
    targets,
    root,
    allFiles: options.allFiles ?? false,
    maxFileSize: options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    isExcluded: excludeMatcher(config.exclude),
  });
  const findings: Finding[] = [];
  for await (const fragment of source.fragments()) findings.push(...detectWithDecoding(fragment, ruleset));
  return {
    findings,
    skips: source.skips,
    rules: ruleset.rules,
    stats: { ...source.stats, durationMs: Math.round(performance.now() - started) },
  };
}

/** Paths in the report are relative to the one folder scanned, or to the working folder. */
function scanRoot(targets: string[], cwd: string): string {
  if (targets.length !== 1) return cwd;
  const target = targets[0]!;
  return statSync(target).isDirectory() ? target : dirname(target);
}

import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { excludeMatcher } from './config/load-config.js';
import { scanContext, type ScannedResult } from './config/scan-context.js';
import { detect } from './engine/detect.js';
import { compileRules } from './ruleset/compile.js';
import { fileSource } from './sources/files.js';
import { ScanError } from './errors.js';
import type { Finding } from './types.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export interface ScanFilesOptions {
  paths: string[];
  cwd: string;
  allFiles?: boolean;
  maxFileSize?: number;
  configFile?: string;
  inlineAllow?: boolean;
}

/** `leakguard scan`: files on disk → fragments → detect → result. */
export async function scanFiles(options: ScanFilesOptions): Promise<ScannedResult> {
  const started = performance.now();
  const targets = (options.paths.length ? options.paths : ['.']).map((path) => resolve(options.cwd, path));
  for (const target of targets) {
    if (!existsSync(target)) throw new ScanError(`cannot scan ${target}: no such file or folder`, 'check the path');
  }
  const root = scanRoot(targets, options.cwd);
  const context = await scanContext(root, options);
  const { config } = context;
  const ruleset = compileRules(context.rules);
  const source = fileSource({
    targets,
    root,
    allFiles: options.allFiles ?? false,
    maxFileSize: options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    isExcluded: excludeMatcher(config.exclude),
  });
  const findings: Finding[] = [];
  for await (const fragment of source.fragments()) {
    context.scannedPaths.add(fragment.path);
    findings.push(...detect(fragment, ruleset, context));
  }
  for (const skip of source.skips) context.scannedPaths.add(skip.path);
  return {
    context,
    findings,
    skips: source.skips,
    stats: { ...source.stats, durationMs: Math.round(performance.now() - started) },
  };
}

/** Paths in the report are relative to the one folder scanned, or to the working folder. */
function scanRoot(targets: string[], cwd: string): string {
  if (targets.length !== 1) return cwd;
  const target = targets[0]!;
  return statSync(target).isDirectory() ? target : dirname(target);
}

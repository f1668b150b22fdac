import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { runScan } from './run-scan.js';
import { fileSource } from './sources/files.js';
import { workTreeTop } from './sources/git.js';
import { ScanError } from './errors.js';
import type { ScanResult } from './types.js';

export interface ScanFilesOptions {
  paths: string[];
  cwd: string;
  allFiles?: boolean;
  maxFileSize?: number;
  configFile?: string;
}

/** `leakguard scan`: files on disk → fragments → detect → result. */
export async function scanFiles(options: ScanFilesOptions): Promise<ScanResult> {
  const targets = (options.paths.length ? options.paths : ['.']).map((path) => resolve(options.cwd, path));
  for (const target of targets) {
    if (!existsSync(target)) throw new ScanError(`cannot scan ${target}: no such file or folder`, 'check the path');
  }
  const root = scanRoot(targets, options.cwd);
  const top = await workTreeTop(root);
  const setup = {
    configDirs: top && top !== root ? [root, top] : [root],
    configFile: options.configFile && resolve(options.cwd, options.configFile),
    maxFileSize: options.maxFileSize,
  };
  return runScan(setup, (sourceOptions) => fileSource({ ...sourceOptions, targets, root, allFiles: options.allFiles ?? false }));
}

/** Paths in the report are relative to the one folder scanned, or to the working folder. */
function scanRoot(targets: string[], cwd: string): string {
  if (targets.length !== 1) return cwd;
  const target = targets[0]!;
  return statSync(target).isDirectory() ? target : dirname(target);
}

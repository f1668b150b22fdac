import { existsSync, lstatSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { scanContext, type ScannedResult } from './config/scan-context.js';
import { ScanError } from './errors.js';
import { runScan } from './run-scan.js';
import { fileSource } from './sources/files.js';

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
  const targets = (options.paths.length ? options.paths : ['.']).map((path) => resolve(options.cwd, path));
  for (const target of targets) {
    if (!existsSync(target)) throw new ScanError(`cannot scan ${target}: no such file or folder`, 'check the path');
  }
  const root = scanRoot(targets, options.cwd);
  const context = await scanContext(root, options);
  return runScan(context, (sourceOptions) => fileSource({ ...sourceOptions, targets, root, allFiles: options.allFiles ?? false }), {
    maxFileSize: options.maxFileSize,
  });
}

/** Paths in the report are relative to the one folder scanned, or to the working folder. */
function scanRoot(targets: string[], cwd: string): string {
  if (targets.length !== 1) return cwd;
  const target = targets[0]!;
  // lstat: a link given as the path is reported as a skipped link beside its name, as inside a folder.
  return lstatSync(target).isDirectory() ? target : dirname(target);
}

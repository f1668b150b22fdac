import { existsSync, lstatSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { scanContext, type ScannedResult } from './config/scan-context.js';
import { ScanError } from './errors.js';
import { trackedFileWarnings } from './hygiene/sensitive-files.js';
import type { ProgressSink } from './progress.js';
import { runScan, type SourceOptions } from './run-scan.js';
import { fileSource } from './sources/files.js';
import { workTreeTop } from './sources/git.js';
import type { Confidence } from './types.js';

export interface ScanFilesOptions {
  paths: string[];
  cwd: string;
  allFiles?: boolean;
  maxFileSize?: number;
  configFile?: string;
  inlineAllow?: boolean;
  decodeDepth?: number;
  minConfidence?: Confidence;
  /** Told the files done of the total as they are scanned. */
  progress?: ProgressSink;
}

/** `leakguard scan`: files on disk → fragments → detect → result, with a warning for each sensitive file git tracks. */
export async function scanFiles(options: ScanFilesOptions): Promise<ScannedResult> {
  const targets = (options.paths.length ? options.paths : ['.']).map((path) => resolve(options.cwd, path));
  for (const target of targets) {
    if (!existsSync(target)) throw new ScanError(`cannot scan ${target}: no such file or folder`, 'check the path');
  }
  const root = scanRoot(targets, options.cwd);
  const context = await scanContext(root, options);
  const { progress } = options;
  const onFragment =
    progress && ((stats: { files: number; skipped: number; bytes: number }, findings: number) => progress.update(stats.files + stats.skipped, stats.bytes, findings));
  // The warnings pass over what the config excludes, as the source does.
  let isExcluded: SourceOptions['isExcluded'] = () => false;
  const result = await runScan(
    context,
    (sourceOptions) => {
      isExcluded = sourceOptions.isExcluded;
      return fileSource({ ...sourceOptions, targets, root, allFiles: options.allFiles ?? false, onListed: (count) => progress?.total(count) });
    },
    { maxFileSize: options.maxFileSize, onFragment },
  );
  const top = context.dirs.at(-1) === root ? await workTreeTop(root) : context.dirs.at(-1);
  const warnings = top === undefined ? [] : await trackedFileWarnings(top, root, targets, isExcluded);
  return { ...result, source: 'files', ...(warnings.length > 0 && { warnings }) };
}

/** Paths in the report are relative to the one folder scanned, or to the working folder. */
function scanRoot(targets: string[], cwd: string): string {
  if (targets.length !== 1) return cwd;
  const target = targets[0]!;
  // lstat: a link given as the path is reported as a skipped link beside its name, as inside a folder.
  return lstatSync(target).isDirectory() ? target : dirname(target);
}

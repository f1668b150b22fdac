import type { ScanSource, SourceOptions } from '../run-scan.js';
import { diffSource } from './diff-source.js';
import { DIFF_OPTIONS, GIT_CONFIG } from './git-diff-options.js';
import { startGit, type GitOutput } from './git-stream.js';

/**
 * What the next commit adds: the index against HEAD, or against the empty tree before the first commit
 * (`git diff --cached` picks which). It reads blobs from the index, never the work tree, so a partly staged
 * file is scanned as staged; git sets GIT_INDEX_FILE for hooks of `git commit -a` and `git commit PATH`,
 * and the child inherits it. Paths are from the top level, wherever in the work tree it runs.
 */
export function startStagedDiff(cwd: string): GitOutput {
  return startGit(cwd, [...GIT_CONFIG, 'diff', '--cached', ...DIFF_OPTIONS], ['diff', '--cached']);
}

export function stagedSource(diff: GitOutput, options: SourceOptions): ScanSource {
  return diffSource(() => diff.chunks(), options);
}

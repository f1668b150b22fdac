import type { ScanSource, SourceOptions } from '../run-scan.js';
import { diffSource } from './diff-source.js';
import { DIFF_OPTIONS, GIT_CONFIG } from './git-diff-options.js';
import { startGit } from './git-stream.js';

/**
 * What the next commit adds: the index against HEAD, or against the empty tree before the first commit
 * (`git diff --cached` picks which). It reads blobs from the index, never the work tree, so a partly staged
 * file is scanned as staged; git sets GIT_INDEX_FILE for hooks of `git commit -a` and `git commit PATH`,
 * and the child inherits it.
 */
export function stagedSource(cwd: string, options: SourceOptions): ScanSource {
  const args = [...GIT_CONFIG, 'diff', '--cached', ...DIFF_OPTIONS];
  return diffSource(() => startGit(cwd, args, ['diff', '--cached']).chunks(), options);
}

import { DIFF_OPTIONS, GIT_CONFIG } from './git-diff-options.js';
import { startGit, type GitOutput } from './git-stream.js';
import { git } from './git.js';
import { yieldToGit } from './yield-to-git.js';

/** Which commits: a branch, a revision range as `git log` takes it, or every ref; optionally since a date. */
export interface HistorySelection {
  branch?: string;
  range?: string;
  since?: string;
  /**
   * How a merge is diffed: against its first parent (the default), or `remerge` (git 2.36+): against git's
   * own re-merge of its parents, so only what the merge's author changed (a conflict resolution, an edit)
   * is added. For a range that excludes a merged parent, such as a pull request that merged its base
   * branch to catch up, only `remerge` keeps that parent's secrets off the merge.
   */
  mergeDiff?: 'first-parent' | 'remerge';
}

/** Each commit starts with one line that no diff line can start with: NUL, then NUL-separated fields. */
const COMMIT_FORMAT = '--format=%x00%H%x00%an%x00%ae%x00%aI%x00%s';

/** The revisions the user named (none means every ref). */
function revisionsOf(selection: HistorySelection): string[] {
  if (selection.branch) return [selection.branch];
  return selection.range?.split(/\s+/).filter(Boolean) ?? [];
}

/**
 * `git log -p` of every selected commit, children before parents (--topo-order): the commit that introduced a
 * secret is the last to show it (see IntroducedSecrets). Newest first is the order packs are cheap to read
 * in, as they keep the newest version of a file whole and older ones as deltas: `--reverse` costs git ~8 %
 * more on the benchmark's history. A merge shows its diff against its first parent: what the other parent
 * introduced, that parent's commits show again further on; what the resolution added is the merge's own.
 * --root diffs the first commit (and the oldest commit of a shallow clone) against the empty tree, whatever
 * log.showRoot says. The user's revisions come after --end-of-options, so none is read as an option.
 */
function historyArgs(revisions: string[], selection: HistorySelection): string[] {
  return [
    ...GIT_CONFIG,
    'log',
    '-p',
    ...DIFF_OPTIONS,
    COMMIT_FORMAT,
    '--root',
    '--topo-order',
    `--diff-merges=${selection.mergeDiff ?? 'first-parent'}`,
    '--encoding=UTF-8',
    '--no-show-signature',
    ...commitArgs(revisions, selection.since),
    '--',
  ];
}

/** The selected commits as git log and git rev-list take them. */
function commitArgs(revisions: string[], since: string | undefined): string[] {
  return [...(revisions.length ? [] : ['--all']), ...(since ? [`--since=${since}`] : []), '--end-of-options', ...revisions];
}

/** How many commits the selection holds, for the progress line's total: far cheaper than their diffs. */
export async function countCommits(cwd: string, selection: HistorySelection): Promise<number> {
  return Number((await git(cwd, ['rev-list', '--count', ...commitArgs(revisionsOf(selection), selection.since), '--'])).trim());
}

/**
 * Starts `git log -p` of the selected commits at once, so that git diffs while the scan sets up (its modules,
 * the config, the rules); `historySource` reads it. V8's own threads yield to git from then on.
 */
export function startHistoryLog(cwd: string, selection: HistorySelection): GitOutput {
  const revisions = revisionsOf(selection);
  const log = startGit(cwd, historyArgs(revisions, selection), ['log', ...(revisions.length ? revisions : ['--all'])]);
  yieldToGit();
  return log;
}

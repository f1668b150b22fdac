import { ScanError } from '../errors.js';
import { git, isShallowRepository } from '../sources/git.js';
import { firstFatalLine } from '../sources/git-stream.js';
import type { Revision, ScanPlan } from './event-plan.js';

const FETCH_DEPTH_HINT = 'check out with actions/checkout and fetch-depth: 0';

async function hasCommit(cwd: string, rev: string): Promise<boolean> {
  try {
    await git(cwd, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

async function missingOf(cwd: string, revisions: Revision[]): Promise<Revision[]> {
  const present = await Promise.all(revisions.map((revision) => hasCommit(cwd, revision.rev)));
  return revisions.filter((_, i) => !present[i]);
}

/** `git fetch` from origin, or an error that says how to check out so that no fetch is needed. */
async function fetchFromOrigin(cwd: string, args: string[], what: string): Promise<void> {
  try {
    await git(cwd, ['fetch', '--quiet', ...args]);
  } catch (error) {
    // git's own reason, without the command line; credentials someone put in origin's URL stay out of the log.
    const reason = firstFatalLine((error as Error).message.replace(/^git .*? failed: /, '')).replace(/\/\/[^/@\s]*@/g, '//');
    throw new ScanError(`could not fetch ${what} from origin: ${reason}`, FETCH_DEPTH_HINT, { cause: error });
  }
}

/**
 * Makes the commits of the plan present with their whole history, so that the range is exact: in a shallow
 * clone a commit at the cut would look like a first commit and report its whole tree as added. Missing
 * revisions are fetched from origin by sha or ref; a shallow clone is deepened to full history at the
 * same time. Returns the plan that can be scanned: the plan itself or, when one of its revisions cannot be
 * had, its fallback.
 */
export async function ensureCommits(cwd: string, plan: ScanPlan, log: (line: string) => void): Promise<ScanPlan> {
  if (plan.kind === 'nothing') return plan;
  const shallow = await isShallowRepository(cwd);
  if (plan.kind === 'history') {
    if (shallow) {
      log('leakguard: the checkout is shallow; fetching the whole history from origin (fetch-depth: 0 saves this step)');
      await fetchFromOrigin(cwd, ['--unshallow', 'origin'], 'the whole history');
    }
    return plan;
  }
  const revisions = [...plan.tips, ...plan.known];
  const missing = await missingOf(cwd, revisions);
  if (missing.length === 0 && !shallow) return plan;
  // Deepening must name every revision: --unshallow completes the history of what it fetches.
  const wanted = shallow ? revisions : missing;
  const roles = wanted.map((revision) => revision.role);
  const names = roles.length > 1 ? `${roles.slice(0, -1).join(', ')} and ${roles.at(-1)}` : roles[0]!;
  log(`leakguard: ${shallow ? 'the checkout is shallow; fetching the history of' : 'fetching'} ${names} from origin`);
  try {
    await fetchFromOrigin(cwd, ['--no-tags', ...(shallow ? ['--unshallow'] : []), 'origin', ...wanted.map((r) => r.refspec)], names);
  } catch (error) {
    if (!plan.fallback) throw error;
    log(`leakguard: ${(error as Error).message}; scanning instead ${plan.fallback.what}`);
    return ensureCommits(cwd, plan.fallback, log);
  }
  return plan;
}

import { ScanError } from '../errors.js';
import type { HistorySelection } from '../sources/history.js';

/** A commit the scan needs, and how to get it from `origin` when the checkout lacks it. */
export interface Revision {
  /** A sha, or a remote-tracking ref. */
  rev: string;
  /** What `git fetch origin` takes to bring it. */
  refspec: string;
  /** What it is, for messages: "the pull request's head". */
  role: string;
}

/** What one run scans, decided from the event alone. */
export type ScanPlan =
  | {
      kind: 'commits';
      /** For the log and the job summary. */
      what: string;
      /** Commits reachable from these and not from `known`. */
      tips: Revision[];
      known: Revision[];
      /** When a revision can be had neither locally nor from origin (a force push's old tip). */
      fallback?: ScanPlan;
    }
  | { kind: 'history'; what: string; selection: HistorySelection }
  | { kind: 'nothing'; what: string };

export interface GithubEvent {
  name: string;
  payload: Record<string, unknown>;
}

const NO_COMMIT = /^0{40}$/;
const short = (sha: string) => sha.slice(0, 12);
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** A commit named by the event; anything but a sha is refused before git sees it (it could read as an option). */
function bySha(sha: string, role: string): Revision {
  if (!SHA.test(sha)) throw new ScanError(`${role} in the event is not a commit sha: "${sha.slice(0, 80)}"`);
  return { rev: sha, refspec: sha, role };
}

/** The default branch as origin has it, for "not on the default branch". */
function defaultBranch(name: string): Revision {
  return { rev: `refs/remotes/origin/${name}`, refspec: `+refs/heads/${name}:refs/remotes/origin/${name}`, role: `the default branch ${name}` };
}

/** Reads a string at `path` in the payload, or says which field the event lacks. */
function field(event: GithubEvent, path: string): string {
  let value: unknown = event.payload;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new ScanError(`the ${event.name} event has no ${path}`, 'is GITHUB_EVENT_PATH the payload of this event?');
}

/** A pull request: its own commits, base to head; never the merge commit GitHub makes for the checkout. */
function pullRequestPlan(event: GithubEvent): ScanPlan {
  const [number, base, head] = ['pull_request.number', 'pull_request.base.sha', 'pull_request.head.sha'].map((path) => field(event, path)) as [string, string, string];
  return {
    kind: 'commits',
    what: `pull request #${number}: the commits from ${short(base)} to ${short(head)}`,
    tips: [bySha(head, "the pull request's head")],
    known: [bySha(base, "the pull request's base")],
  };
}

/** A new branch or tag: the commits the default branch does not have (all of them, when it is the default branch). */
function newRefPlan(event: GithubEvent, after: string): ScanPlan {
  const ref = field(event, 'ref');
  const main = field(event, 'repository.default_branch');
  const tip = bySha(after, 'the pushed commit');
  if (ref === `refs/heads/${main}`) return { kind: 'commits', what: `push creating ${main}: every commit up to ${short(after)}`, tips: [tip], known: [] };
  return { kind: 'commits', what: `push creating ${ref}: the commits up to ${short(after)} that ${main} does not have`, tips: [tip], known: [defaultBranch(main)] };
}

/** A push: the commits it added, `before..after`. */
function pushPlan(event: GithubEvent): ScanPlan {
  const before = field(event, 'before');
  const after = field(event, 'after');
  if (NO_COMMIT.test(after)) return { kind: 'nothing', what: `push deleting ${field(event, 'ref')}` };
  if (NO_COMMIT.test(before)) return newRefPlan(event, after);
  const plan: ScanPlan = {
    kind: 'commits',
    what: `push: the commits from ${short(before)} to ${short(after)}`,
    tips: [bySha(after, 'the pushed commit')],
    known: [bySha(before, 'the commit the push replaced')],
  };
  // A force push may have left the old tip unreachable, and origin may no longer serve it: then treat the
  // branch as new, which scans at least everything the push brought.
  return event.payload.forced === true ? { ...plan, fallback: newRefPlan(event, after) } : plan;
}

/**
 * What to scan for this event. `selection` (from the action's extra arguments) names the commits itself and
 * wins over the event; a schedule, a manual run and any other event scan the whole history.
 */
export function planScan(event: GithubEvent, selection: HistorySelection): ScanPlan {
  const since = selection.since ? `, since ${selection.since}` : '';
  if (selection.range || selection.branch) return { kind: 'history', what: `the commits of ${selection.range ?? selection.branch}${since}`, selection };
  const plan = event.name === 'pull_request' || event.name === 'pull_request_target' ? pullRequestPlan(event) : event.name === 'push' ? pushPlan(event) : undefined;
  if (plan) return plan;
  return { kind: 'history', what: `${event.name}: every commit of every branch and tag${since}`, selection };
}

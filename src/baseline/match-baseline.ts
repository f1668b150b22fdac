import type { BaselineEntry } from './baseline-file.js';

/** A finding as the baseline sees it: its path relative to the baseline's folder. */
export interface Candidate {
  ruleId: string;
  file: string;
  secret: string;
  secretHash: string;
  line: number;
}

/** What the scan covered, in paths relative to the baseline's folder. */
export interface Scope {
  scanned(file: string): boolean;
  exists(file: string): boolean;
}

export interface BaselineMatch {
  /** For each candidate, the entry that knows it; undefined for a new finding. */
  knownBy: (BaselineEntry | undefined)[];
  /** Entries for files the scan covered (or that are gone) that no finding matched. */
  stale: BaselineEntry[];
  /** Entries this scan cannot judge (files it did not look at, commits in history): kept as they are. */
  unjudged: BaselineEntry[];
}

/**
 * Matches findings to entries by what survives edits: rule and secret hash in the same file, never
 * the line (except for imports that lost their secret). An entry whose file is gone from disk and
 * from the scan (a rename) is claimed by the first other file that holds the same rule and secret.
 */
export function matchBaseline(candidates: readonly Candidate[], entries: readonly BaselineEntry[], scope: Scope): BaselineMatch {
  const isGone = (entry: BaselineEntry) => !scope.scanned(entry.file) && !scope.exists(entry.file);
  const inPlace = new Map<string, BaselineEntry>();
  const gone = new Map<string, BaselineEntry[]>();
  for (const entry of entries) {
    const identity = identityOf(entry);
    if (isGone(entry)) {
      if (!identity.startsWith('line')) gone.set(identity, [...(gone.get(identity) ?? []), entry]);
    } else if (!inPlace.has(`${entry.file}\0${identity}`)) {
      inPlace.set(`${entry.file}\0${identity}`, entry);
    }
  }
  const needSha1 = entries.some((entry) => entry.sha1);
  const renamedTo = new Map<BaselineEntry, string>();
  const knownBy = candidates.map((candidate) => {
    const identities = identitiesOf(candidate, needSha1);
    for (const identity of identities) {
      const entry = inPlace.get(`${candidate.file}\0${identity}`);
      if (entry) return entry;
    }
    for (const identity of identities) {
      const entry = gone.get(identity)?.find((e) => (renamedTo.get(e) ?? candidate.file) === candidate.file);
      if (entry) {
        renamedTo.set(entry, candidate.file);
        return entry;
      }
    }
    return undefined;
  });
  const matched = new Set(knownBy);
  const unmatched = entries.filter((entry) => !matched.has(entry));
  const isStale = (entry: BaselineEntry) => !entry.commit && (scope.scanned(entry.file) || isGone(entry));
  return { knownBy, stale: unmatched.filter(isStale), unjudged: unmatched.filter((entry) => !isStale(entry)) };
}

/**
 * How an entry recognises its finding: a native entry by rule and secret; an imported one by its
 * secret's hash whatever the rule (other tools name rules differently), or by line when it has no hash.
 */
function identityOf(entry: BaselineEntry): string {
  if (!entry.importedFrom) return `rule\0${entry.ruleId}\0${entry.sha256}`;
  if (entry.sha256) return `sha256\0${entry.sha256}`;
  if (entry.sha1) return `sha1\0${entry.sha1}`;
  return `line\0${entry.line}`;
}

function identitiesOf(candidate: Candidate, withSha1: boolean): string[] {
  return [
    `rule\0${candidate.ruleId}\0${candidate.secretHash}`,
    `sha256\0${candidate.secretHash}`,
    ...(withSha1 ? [`sha1\0${process.getBuiltinModule('node:crypto').createHash('sha1').update(candidate.secret).digest('hex')}`] : []),
    `line\0${candidate.line}`,
  ];
}

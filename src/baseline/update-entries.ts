import { relative } from 'node:path';
import { fingerprintOf } from '../engine/fingerprint.js';
import type { EntryRef } from '../types.js';
import { entryKey, uniqueEntries, type BaselineEntry } from './baseline-file.js';
import type { BaselineMatch, Candidate } from './match-baseline.js';

export interface BaselineUpdate {
  entries: BaselineEntry[];
  added: EntryRef[];
  pruned: EntryRef[];
}

/**
 * The baseline after a scan: every known finding as a fresh native entry (so a renamed file or an
 * import becomes a plain entry, its reason kept), new findings when `addNew`, the entries the scan
 * could not judge as they were; stale entries are pruned.
 */
export function updateEntries(
  candidates: readonly (Candidate & { commit?: string })[],
  match: BaselineMatch,
  addNew: boolean,
): BaselineUpdate {
  const entries: BaselineEntry[] = [...match.unjudged];
  const added = new Map<string, BaselineEntry>();
  candidates.forEach((candidate, i) => {
    const knownBy = match.knownBy[i];
    const entry = entryOf(candidate, knownBy?.reason);
    if (knownBy) entries.push(entry);
    else if (addNew) {
      entries.push(entry);
      added.set(entryKey(entry), entry);
    }
  });
  return { entries: uniqueEntries(entries), added: [...added.values()].map(entryRef), pruned: match.stale.map(entryRef) };
}

function entryOf(candidate: Candidate & { commit?: string }, reason?: string): BaselineEntry {
  const { ruleId, file, secretHash, commit } = candidate;
  return { ruleId, file, fingerprint: fingerprintOf(ruleId, file, secretHash, commit), sha256: secretHash, commit, reason };
}

/** How messages and reports name an entry: never its hash. */
export const entryRef = ({ ruleId, file, fingerprint }: BaselineEntry): EntryRef => ({ ruleId, file, ...(fingerprint && { fingerprint }) });

/** `Updated FILE: 2 added, 1 pruned.` and a `+`/`-` line for each entry added or pruned. */
export function describeUpdate(update: BaselineUpdate & { file: string }, cwd: string, verb = 'Updated'): string {
  const line = (sign: string, ref: EntryRef) => `  ${sign} ${ref.file}  ${ref.ruleId}${ref.fingerprint ? `  ${ref.fingerprint}` : ''}\n`;
  const file = relative(cwd, update.file) || update.file;
  const count = update.entries.length;
  return (
    `${verb} ${file}: ${count} ${count === 1 ? 'entry' : 'entries'}, ${update.added.length} added, ${update.pruned.length} pruned.\n` +
    [...update.added.map((ref) => line('+', ref)), ...update.pruned.map((ref) => line('-', ref))].join('')
  );
}

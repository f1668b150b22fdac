import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntroducedSecrets } from '../../src/sources/introduced-secrets.js';
import type { Finding } from '../../src/types.js';

type Event = { kind: 'add'; file: string; key: string } | { kind: 'rename'; from: string; to: string };

/**
 * A linear history, oldest commit first: each commit adds secrets to files that exist and renames files to new
 * paths (with edits: after its rename, a commit may add to the new path). A renamed file's old path is not used
 * again; a commit that renames a file adds nothing to its old path and does not rename it twice.
 */
const history = fc
  .array(fc.array(fc.tuple(fc.boolean(), fc.nat(9), fc.nat(3)), { maxLength: 5 }), { minLength: 1, maxLength: 10 })
  .map((commits) => {
    const live = ['a.env', 'b.env', 'c/d.env'];
    let renamed = 0;
    return commits.map((ops) => {
      const events: Event[] = [];
      const renamedAway = new Set<string>();
      const added = new Set<string>();
      const created = new Set<string>();
      for (const [rename, which, key] of ops) {
        const choices = live.filter((path) => !renamedAway.has(path));
        if (choices.length === 0) break;
        const path = choices[which % choices.length]!;
        if (rename && !added.has(path) && !created.has(path)) {
          const to = `moved-${renamed++}.env`;
          events.push({ kind: 'rename', from: path, to });
          created.add(to);
          live.splice(live.indexOf(path), 1, to);
          renamedAway.add(path);
        } else {
          events.push({ kind: 'add', file: path, key: `key-${key}` });
          added.add(path);
        }
      }
      return events;
    });
  });

const finding = (commit: number, file: string, key: string) => ({ ruleId: 'rule', secretHash: key, file, commit: { sha: `c${commit}` } }) as unknown as Finding;

/** What history reports, read parents first: a secret is new to a file unless an earlier commit showed it there. */
function readOldestFirst(commits: Event[][]): string[] {
  const known = new Map<string, Map<string, number>>();
  const at = (path: string) => known.get(path) ?? known.set(path, new Map()).get(path)!;
  const reported: string[] = [];
  commits.forEach((events, commit) => {
    for (const event of events) {
      if (event.kind === 'rename') {
        for (const [key, introduced] of at(event.from)) if (!at(event.to).has(key)) at(event.to).set(key, introduced);
        continue;
      }
      const introduced = at(event.file).get(event.key);
      if (introduced === undefined) at(event.file).set(event.key, commit);
      if ((introduced ?? commit) === commit) reported.push(`c${commit}:${event.file}:${event.key}`);
    }
  });
  return reported;
}

function readNewestFirst(commits: Event[][]): string[] {
  const introduced = new IntroducedSecrets();
  for (let commit = commits.length - 1; commit >= 0; commit--) {
    for (const event of commits[commit]!) {
      if (event.kind === 'rename') introduced.follow(event.from, event.to);
      else introduced.add(finding(commit, event.file, event.key));
    }
  }
  return introduced.introduced().map((f) => `${f.commit!.sha}:${f.file}:${f.secretHash}`);
}

describe('secrets held until their introducing commit, commits read newest first', () => {
  it('reports what reading parents first reports, in the same order', () => {
    fc.assert(
      fc.property(history, (commits) => {
        expect(readNewestFirst(commits)).toEqual(readOldestFirst(commits));
      }),
      { numRuns: 500 },
    );
  });

  it('counts what it holds for the progress line', () => {
    const introduced = new IntroducedSecrets();
    introduced.add(finding(2, 'a.env', 'k'));
    introduced.add(finding(1, 'a.env', 'k'));
    introduced.add(finding(1, 'a.env', 'k'));
    introduced.add(finding(1, 'b.env', 'k'));
    expect(introduced.size).toBe(3);
    introduced.add(finding(0, 'a.env', 'k'));
    expect(introduced.size).toBe(2);
    expect(introduced.introduced().map((f) => `${f.commit!.sha}:${f.file}`)).toEqual(['c0:a.env', 'c1:b.env']);
  });
});

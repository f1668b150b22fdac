import type { Finding } from '../types.js';

interface Held {
  sha: string;
  /** With the order they were read in. */
  findings: Array<{ finding: Finding; read: number }>;
}

/**
 * Which findings history reports: each secret once per file, in the commit that introduced it. Commits
 * arrive children first, so the introducing commit is the last to show a secret: the findings of the same
 * secret in the same file from a later commit (one that touched its line again, a merge that brought in
 * what a parent introduced) give way to it, and all wait for the end of the history. A rename joins the
 * file's path before it to its path after it. Memory grows with the findings and the renames, not with the
 * commits or their diffs.
 */
export class IntroducedSecrets {
  /** Where a path seen before a rename went: the file's path in the commits read so far (later ones). */
  private readonly laterPath = new Map<string, string>();
  /** By file, rule id and secret hash: the oldest commit read so far that shows it, with its findings there. */
  private readonly oldest = new Map<string, Held>();
  /** Commits in the order they arrived, newest first, to give the findings back oldest first. */
  private readonly arrival = new Map<string, number>();
  private read = 0;
  private count = 0;

  /** A rename in the commit being read: in the commits before it, `from` is the file that `to` is after. */
  follow(from: string, to: string): void {
    this.laterPath.set(from, this.laterPath.get(to) ?? to);
  }

  /** A finding of the commit being read; the same secret twice in its introducing commit is reported twice. */
  add(finding: Finding): void {
    const sha = finding.commit?.sha ?? '';
    if (!this.arrival.has(sha)) this.arrival.set(sha, this.arrival.size);
    const key = `${this.laterPath.get(finding.file) ?? finding.file}\0${finding.ruleId}\0${finding.secretHash}`;
    const held = this.oldest.get(key);
    const entry = { finding, read: this.read++ };
    if (held?.sha === sha) {
      held.findings.push(entry);
    } else {
      this.count -= held?.findings.length ?? 0;
      this.oldest.set(key, { sha, findings: [entry] });
    }
    this.count++;
  }

  /** How many findings are held now: the progress line's count. */
  get size(): number {
    return this.count;
  }

  /** The findings held, each at its introducing commit: oldest commit first, in the order read within one. */
  introduced(): Finding[] {
    const held = [...this.oldest.values()].flatMap(({ sha, findings }) => findings.map((entry) => ({ ...entry, commit: this.arrival.get(sha)! })));
    held.sort((a, b) => b.commit - a.commit || a.read - b.read);
    return held.map((entry) => entry.finding);
  }
}

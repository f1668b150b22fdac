import type { Finding } from '../types.js';

/**
 * Which secrets history has reported, per path, so that each is reported once: in the commit that introduced
 * it. Commits arrive parents first, so a later commit that touches the secret's line again, or a merge that
 * brings in what a parent introduced, finds it already known; a rename carries a file's secrets to its new
 * path. Memory grows with the findings, not with the history.
 */
export class IntroducedSecrets {
  /** path → (rule id and secret hash → sha of the introducing commit) */
  private readonly byPath = new Map<string, Map<string, string>>();

  /** A rename: what `from` holds, `to` holds too. */
  follow(from: string, to: string): void {
    const before = this.byPath.get(from);
    if (!before) return;
    const after = this.secretsAt(to);
    for (const [key, sha] of before) if (!after.has(key)) after.set(key, sha);
  }

  /** True for a secret first seen now; the same secret twice in its introducing commit is reported twice. */
  isNew(finding: Finding): boolean {
    const key = `${finding.ruleId}\0${finding.secretHash}`;
    const known = this.secretsAt(finding.file);
    const sha = finding.commit?.sha ?? '';
    const introducedIn = known.get(key);
    if (introducedIn === undefined) known.set(key, sha);
    return (introducedIn ?? sha) === sha;
  }

  private secretsAt(path: string): Map<string, string> {
    let secrets = this.byPath.get(path);
    if (!secrets) this.byPath.set(path, (secrets = new Map()));
    return secrets;
  }
}

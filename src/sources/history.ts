import type { ScanSource, SourceOptions } from '../run-scan.js';
import { scrubSecrets } from '../scrub-secrets.js';
import type { CommitInfo } from '../types.js';
import { diffSource } from './diff-source.js';
import type { GitOutput } from './git-stream.js';
import { IntroducedSecrets } from './introduced-secrets.js';

export type { HistorySelection } from './history-log.js';

/** A commit's header line, or undefined for any other line. */
function commitOfLine(bytes: Buffer, start: number, end: number): CommitInfo | undefined {
  if (bytes[start] !== 0) return undefined;
  const [, sha = '', author = '', email = '', date = '', ...subject] = bytes.toString('utf8', start, end).split('\0');
  return { sha, author, email, date, message: subject.join(' ') };
}

/** Every commit's added lines, each secret reported only in the commit that introduced it, once all are read. */
export function historySource(log: GitOutput, options: SourceOptions): ScanSource {
  const introduced = new IntroducedSecrets();
  let commits = 0;
  const source = diffSource(() => log.chunks(), {
    ...options,
    readCommit(bytes, start, end) {
      const commit = commitOfLine(bytes, start, end);
      if (commit) commits++;
      return commit;
    },
    onRename: (from, to) => introduced.follow(from, to),
  });
  // A key pasted into a subject (or a name) is redacted, as every report shows them: only for the commits that
  // report a finding, since scrubbing looks for secrets in the text.
  const scrubbed = new Map<string, CommitInfo>();
  const scrub = (commit: CommitInfo) => {
    let clean = scrubbed.get(commit.sha);
    if (!clean) scrubbed.set(commit.sha, (clean = { ...commit, author: scrubSecrets(commit.author), message: scrubSecrets(commit.message) }));
    return clean;
  };
  return {
    ...source,
    get stats() {
      return { ...source.stats, commits };
    },
    report(findings) {
      for (const finding of source.report!(findings)) introduced.add(finding);
      return [];
    },
    get held() {
      return introduced.size;
    },
    settle: () => introduced.introduced().map((finding) => ({ ...finding, commit: finding.commit && scrub(finding.commit) })),
  };
}

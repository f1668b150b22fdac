import type { Finding, Reporter, ReportOptions } from '../types.js';
import { shownSecret } from './redact.js';

/** A finding as machine formats show it: redacted unless asked, no line text. */
export function findingRecord(finding: Finding, options: ReportOptions): Record<string, unknown> {
  return {
    ruleId: finding.ruleId,
    description: finding.description,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    match: shownSecret(finding, options.showSecrets),
    secretHash: finding.secretHash,
    fingerprint: finding.fingerprint,
    entropy: finding.entropy,
    confidence: finding.confidence,
    ...(finding.verified && { verified: true }),
    ...(finding.decoded && { decoded: finding.decoded }),
    ...(finding.status && { status: finding.status }),
    ...(finding.fix && { fix: finding.fix }),
    ...(finding.commit && {
      commit: finding.commit.sha,
      author: finding.commit.author,
      email: finding.commit.email,
      date: finding.commit.date,
      message: finding.commit.message,
    }),
  };
}

export const renderJson: Reporter = (result, options) =>
  `${JSON.stringify(
    {
      version: 1,
      findings: result.findings.map((finding) => findingRecord(finding, options)),
      stats: result.stats,
      ...(result.ignored && { ignored: result.ignored }),
      ...(result.baseline && { baseline: result.baseline }),
    },
    null,
    2,
  )}\n`;

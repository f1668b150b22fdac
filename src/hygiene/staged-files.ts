import { fingerprintOf, hashSecret } from '../engine/fingerprint.js';
import type { SourceOptions } from '../run-scan.js';
import type { Finding, ScanResult } from '../types.js';
import { FILE_RULES } from './file-rules.js';
import { removalFix, sensitiveFiles, type IndexEntry, type SensitiveFile } from './sensitive-files.js';

/**
 * A file that should not be committed, as a finding: it has no secret span, and it is fingerprinted by rule
 * and path (the path's hash stands for the secret's) so that it can be allowed or baselined like any other.
 */
export function fileFinding(file: SensitiveFile): Finding {
  const pathHash = hashSecret(file.path);
  return {
    ruleId: file.rule.id,
    description: file.rule.description,
    file: file.path,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    secret: '',
    lineText: '',
    secretHash: pathHash,
    fingerprint: fingerprintOf(file.rule.id, file.path, pathHash),
    entropy: 0,
    confidence: file.rule.confidence,
    verified: false,
    rotate: file.rule.rotate,
    fix: removalFix(file),
  };
}

/** `staged`'s stage over the staged paths (`staged`: the index entries the commit adds or changes): a .env or a key file about to be committed is a finding of its own. */
export async function withStagedFileFindings(result: ScanResult, top: string, staged: IndexEntry[], isExcluded: SourceOptions['isExcluded']): Promise<ScanResult> {
  const entries = staged.filter((entry) => !isExcluded(entry.path));
  const findings = (await sensitiveFiles(top, entries)).map(fileFinding);
  return { ...result, findings: [...findings, ...result.findings], rules: [...result.rules, ...FILE_RULES] };
}

import { posix } from 'node:path';
import { hashSecret } from '../engine/fingerprint.js';
import { ScanError } from '../errors.js';
import type { BaselineEntry } from './baseline-file.js';
import { parseJsonText, readWholeFile } from '../read-data-file.js';

type Json = Record<string, unknown>;
const COMMIT = /^[0-9a-f]{7,64}$/;
const SHA1 = /^[0-9a-f]{40}$/;

/**
 * The findings of a gitleaks JSON report (what `--baseline-path` reads). A secret in clear is hashed
 * here and goes no further; a redacted one (`REDACTED`, or cut short with `...`) cannot be matched by
 * secret, so its entry is matched by file and line alone until an update makes it line-independent.
 */
export function importGitleaks(file: string): BaselineEntry[] {
  const what = 'gitleaks report';
  const data = parseJsonText(readWholeFile(file, what), file, what);
  if (!Array.isArray(data)) {
    throw new ScanError(`${file}: expected a gitleaks JSON report (a list of findings)`, 'write one with gitleaks --report-format json');
  }
  return data.map((item: unknown, i) => {
    const field = fieldReader(file, `[${i}]`, item);
    const secret = field('Secret', 'string');
    const commit = (item as Json).Commit;
    const redacted = secret.includes('REDACTED') || secret.endsWith('...');
    return {
      ruleId: field('RuleID', 'string'),
      file: relativePath(field('File', 'string')),
      ...(redacted ? { line: field('StartLine', 'number') } : { sha256: hashSecret(secret) }),
      ...(typeof commit === 'string' && COMMIT.test(commit) && { commit }),
      importedFrom: 'gitleaks',
    };
  });
}

/** The results of a detect-secrets `.secrets.baseline`: SHA-1 hashes of secrets, by file; audit verdicts become reasons. */
export function importDetectSecrets(file: string): BaselineEntry[] {
  const what = 'detect-secrets baseline';
  const results = (parseJsonText(readWholeFile(file, what), file, what) as Json | null)?.results;
  if (!isRecord(results)) {
    throw new ScanError(`${file}: expected a detect-secrets baseline with a "results" mapping`, 'pass the .secrets.baseline file');
  }
  return Object.entries(results).flatMap(([path, list]) => {
    if (!Array.isArray(list)) throw new ScanError(`${file}: results["${path}"] must be a list`);
    return list.map((item: unknown, i): BaselineEntry => {
      const field = fieldReader(file, `results["${path}"][${i}]`, item);
      const sha1 = field('hashed_secret', 'string');
      if (!SHA1.test(sha1)) throw new ScanError(`${file}: results["${path}"][${i}].hashed_secret must be 40 hex characters`);
      const verdict = (item as Json).is_secret;
      return {
        ruleId: field('type', 'string'),
        file: relativePath(path),
        sha1,
        importedFrom: 'detect-secrets',
        ...(typeof verdict === 'boolean' && { reason: `audited in detect-secrets as ${verdict ? 'a real secret' : 'not a secret'}` }),
      };
    });
  });
}

function fieldReader(file: string, at: string, item: unknown) {
  return <T extends 'string' | 'number'>(key: string, type: T): T extends 'string' ? string : number => {
    const value = isRecord(item) ? item[key] : undefined;
    if (typeof value !== type || value === '') {
      throw new ScanError(`${file}: ${at}.${key} must be a ${type === 'string' ? 'non-empty string' : type}`);
    }
    return value as T extends 'string' ? string : number;
  };
}

const relativePath = (path: string) => posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

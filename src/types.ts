export type Confidence = 'high' | 'medium' | 'low';

/** A rule as written in a rules/*.yaml file or a user's config. */
export interface RuleSpec {
  id: string;
  description: string;
  keywords: string[];
  /** Regex source; the secret is capture group 1 or the named group `secret`. */
  pattern: string;
  /** Extra regex flags beyond the engine's own (`i`, `m`, `s`). */
  flags?: string;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  entropy?: number;
  confidence?: Confidence;
  /** Name of a checksum the secret carries (see src/engine/checksums.ts). */
  checksum?: string;
  /** Where and how to revoke and reissue the credential. */
  rotate?: string;
  tags?: string[];
  examples: string[];
  negativeExamples: string[];
  /** Which file the rule came from, for error messages. */
  source?: string;
}

export interface Rule {
  id: string;
  description: string;
  keywords: string[];
  regex: RegExp;
  entropy: number;
  confidence: Confidence;
  checksum?: (secret: string) => boolean;
  rotate?: string;
  tags: string[];
  /**
   * When every match holds a keyword: the most code units the regex reads from where a match starts (see
   * patternShape), so that it runs only that near its keywords. Otherwise Infinity: it runs on the whole text.
   */
  readonly reach?: number;
}

export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  date: string;
  message: string;
}

/** A piece of text to scan: a whole file, or the added lines of a diff. */
export interface Fragment {
  /** Posix path relative to the scanned root. */
  path: string;
  text: string;
  /** Line number (1-based) of the text's first line in the file. */
  startLine: number;
  /** For diff fragments: the file line of each text line, when lines are not contiguous. */
  lineMap?: number[];
  commit?: CommitInfo;
}

export interface Finding {
  ruleId: string;
  description: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The secret in clear: read only by redaction, hashing and --show-secrets. */
  secret: string;
  /** The whole line that holds the start of the secret. */
  lineText: string;
  secretHash: string;
  fingerprint: string;
  entropy: number;
  confidence: Confidence;
  /** The secret's built-in checksum holds: certainly a real token of that provider. */
  verified: boolean;
  /** The encodings the secret was found under, outside in (`base64`, `base64+percent`). */
  decoded?: string;
  rotate?: string;
  commit?: CommitInfo;
  /** Set where a baseline is in use: `known` findings are in it and do not fail the run. */
  status?: 'new' | 'known';
  /** A finding about a whole file rather than a value (a committed .env): the one command that fixes it. */
  fix?: string;
}

/** A baseline entry as reports name it: never a secret, nor a hash of one. */
export interface EntryRef {
  ruleId: string;
  file: string;
  fingerprint?: string;
}

export interface BaselineSummary {
  file: string;
  /** Entries whose finding is gone from what the scan covered. */
  stale: EntryRef[];
}

export interface ScanStats {
  files: number;
  bytes: number;
  skipped: number;
  /** Diff sources (staged, history): lines added that were scanned. */
  lines?: number;
  /** History: commits read. */
  commits?: number;
  /** History: the clone is shallow, so commits before its oldest one were not scanned. */
  truncated?: boolean;
  durationMs: number;
}

export interface Skip {
  path: string;
  reason: string;
}

/** What reporters may know of a rule: never its regex. */
export type RuleInfo = Pick<Rule, 'id' | 'description' | 'confidence' | 'rotate' | 'tags'>;

export interface ScanResult {
  findings: Finding[];
  stats: ScanStats;
  skips: Skip[];
  /** The rules the scan ran, for formats that describe them (SARIF). */
  rules: RuleInfo[];
  baseline?: BaselineSummary;
  /** How many findings the config's allow list or the ignore file dropped. */
  ignored?: number;
  /** Which command scanned: what to do next differs for files, a commit about to be made, and history. */
  source?: 'files' | 'staged' | 'history';
  /** What to fix that is not a finding (a .env that git tracks, met by a scan of files): said on stderr. */
  warnings?: string[];
}

export interface ReportOptions {
  color: boolean;
  showSecrets: boolean;
  /** Findings only: no summary line, no advice. */
  quiet?: boolean;
}

export type Reporter = (result: ScanResult, options: ReportOptions) => string;

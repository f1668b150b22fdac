import { detect } from './engine/detect.js';
import { LineIndex } from './engine/location.js';
import { redact } from './report/redact.js';
import { compileRules, type Ruleset } from './ruleset/compile.js';
import { loadBuiltinRules } from './ruleset/load-rules.js';

let ruleset: Ruleset | undefined;

/**
 * `text` with every secret the built-in rules find in it redacted, for what leakguard prints outside its
 * reports: an error line or a stack can quote what the user gave (a path, a revision, a config key, git's
 * echo of them), and what the user gave may be a secret. The rules load only when an error is printed.
 */
export function scrubSecrets(text: string): string {
  try {
    ruleset ??= compileRules(loadBuiltinRules());
    const findings = detect({ path: '', text, startLine: 1 }, ruleset, { inlineAllow: false });
    const lines = new LineIndex(text);
    let scrubbed = text;
    // Last first, so that the offsets of those before stay true; detect gives them in order, none overlapping.
    for (const finding of findings.reverse()) {
      const start = lines.offsetOf(finding.line - 1, finding.column);
      const end = lines.offsetOf(finding.endLine - 1, finding.endColumn);
      scrubbed = `${scrubbed.slice(0, start)}${redact(finding.secret)}${scrubbed.slice(end)}`;
    }
    return scrubbed;
  } catch {
    // Rules that cannot load are a broken install, which is what the error is then about.
    return text;
  }
}

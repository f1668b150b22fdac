import type { Reporter } from '../types.js';
import { shownSecret } from './redact.js';
import { summaryLine } from './text.js';

// GitHub workflow commands: data and property values need their own escapes.
export const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error` annotation per finding, for GitHub Actions logs and pull request diffs. */
export const renderGithub: Reporter = (result, options) => {
  // The baseline's known findings are not annotated again on every run.
  const lines = result.findings.filter((f) => f.status !== 'known').map((f) => {
    const properties = [
      `file=${escapeProperty(f.file)}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.endLine}`,
      `endColumn=${f.endColumn}`,
      `title=${escapeProperty(`leakguard: ${f.ruleId}`)}`,
    ].join(',');
    const message = `${f.description} (${shownSecret(f, options.showSecrets)}). ${f.rotate ? `Rotate: ${f.rotate}` : 'Rotate it.'} Not a secret? Add leakguard:allow on the line or baseline it.`;
    return `::error ${properties}::${escapeData(message)}`;
  });
  return [...lines, summaryLine(result)].join('\n') + '\n';
};

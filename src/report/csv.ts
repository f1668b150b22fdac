import type { Reporter } from '../types.js';
import { shownSecret } from './redact.js';

const COLUMNS = ['ruleId', 'file', 'line', 'column', 'endLine', 'endColumn', 'confidence', 'match', 'fingerprint', 'secretHash', 'commit', 'author', 'date'];

const quote = (value: string | number) => {
  const text = String(value);
  // A leading = + - @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const renderCsv: Reporter = (result, options) => {
  const rows = result.findings.map((f) =>
    [f.ruleId, f.file, f.line, f.column, f.endLine, f.endColumn, f.confidence, shownSecret(f, options.showSecrets), f.fingerprint, f.secretHash, f.commit?.sha ?? '', f.commit?.author ?? '', f.commit?.date ?? '']
      .map(quote)
      .join(','),
  );
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
};

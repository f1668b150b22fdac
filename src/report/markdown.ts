import type { Reporter } from '../types.js';
import { shownSecret } from './redact.js';
import { summaryLine } from './text.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A Markdown summary with a table of findings: the GitHub job summary. */
export const renderMarkdown: Reporter = (result, options) => {
  const head = `## leakguard\n\n${summaryLine(result)}\n`;
  const fresh = result.findings.filter((f) => f.status !== 'known');
  if (fresh.length === 0) return `${head}\n:white_check_mark: No new secrets found.\n`;
  const rows = fresh.map((f) =>
    [
      `\`${cell(f.file)}:${f.line}\``,
      `\`${f.ruleId}\``,
      cell(f.description),
      `\`${cell(shownSecret(f, options.showSecrets))}\``,
      f.commit ? `\`${f.commit.sha.slice(0, 12)}\`` : '',
    ].join(' | '),
  );
  return [
    head,
    '| Location | Rule | What | Match | Commit |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
    'Rotate each credential at its issuer first: removing it from the code does not revoke it. ',
    'If a finding is not a secret, add `leakguard:allow` on its line or add it to the baseline.',
    '',
  ].join('\n');
};

import type { Reporter } from '../types.js';
import { shownSecret } from './redact.js';

const xml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '');

/** JUnit XML for CI test dashboards: one failing test case per finding. */
export const renderJunit: Reporter = (result, options) => {
  const cases = result.findings.map((f) => {
    const name = xml(`${f.file}:${f.line}:${f.column} ${f.ruleId}`);
    const detail = xml(`${f.description} (${shownSecret(f, options.showSecrets)})${f.commit ? ` in commit ${f.commit.sha}` : ''}. ${f.rotate ?? ''}`);
    return `    <testcase classname="leakguard.${xml(f.ruleId)}" name="${name}" file="${xml(f.file)}" line="${f.line}">\n      <failure message="${xml(f.description)}" type="${xml(f.ruleId)}">${detail}</failure>\n    </testcase>`;
  });
  const passed = result.findings.length === 0 ? ['    <testcase classname="leakguard" name="no secrets found"/>'] : [];
  const seconds = (result.stats.durationMs / 1000).toFixed(3);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="leakguard" tests="${Math.max(1, cases.length)}" failures="${cases.length}" time="${seconds}">`,
    `  <testsuite name="leakguard" tests="${Math.max(1, cases.length)}" failures="${cases.length}" errors="0" time="${seconds}">`,
    ...cases,
    ...passed,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

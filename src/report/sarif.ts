import type { Confidence, Finding, Reporter, RuleInfo } from '../types.js';
import { packageVersion } from '../package-version.js';

const SEVERITY: Record<Confidence, string> = { high: '9.0', medium: '7.0', low: '5.0' };
const LEVEL: Record<Confidence, 'error' | 'warning'> = { high: 'error', medium: 'error', low: 'warning' };

function ruleDescriptor(rule: RuleInfo) {
  const help = rule.rotate ?? 'Revoke the credential at its issuer and remove it from the repository.';
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description}: a credential committed to the repository.` },
    help: { text: `Rotate: ${help} If it is not a secret, add \`leakguard:allow\` on the line or baseline it.`, markdown: `**Rotate:** ${help}\n\nIf it is not a secret, add \`leakguard:allow\` on the line or baseline it.` },
    defaultConfiguration: { level: LEVEL[rule.confidence] },
    properties: { tags: ['security', 'secret', ...rule.tags], precision: rule.confidence === 'high' ? 'very-high' : rule.confidence, 'security-severity': SEVERITY[rule.confidence] },
  };
}

function result(finding: Finding, ruleIndex: number) {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.confidence],
    message: { text: `${finding.description} found${finding.decoded ? ` (decoded from ${finding.decoded})` : ''}. Rotate it, then remove it from the repository.` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
      },
    ],
    // Code scanning matches alerts across runs with this; it never holds the secret.
    partialFingerprints: { 'leakguard/v1': process.getBuiltinModule('node:crypto').createHash('sha256').update(`${finding.fingerprint}\0${finding.file}`).digest('hex').slice(0, 32) },
    properties: {
      fingerprint: finding.fingerprint,
      confidence: finding.confidence,
      ...(finding.commit && { commit: finding.commit.sha, author: finding.commit.author, date: finding.commit.date }),
    },
  };
}

export const renderSarif: Reporter = (scan) => {
  const rules = [...scan.rules].sort((a, b) => a.id.localeCompare(b.id));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'leakguard', version: packageVersion(), rules: rules.map(ruleDescriptor) } },
        originalUriBaseIds: { '%SRCROOT%': { uri: './' } },
        // Known findings (in the baseline) would reopen alerts a team already dismissed.
        results: scan.findings.filter((f) => f.status !== 'known').map((finding) => result(finding, index.get(finding.ruleId) ?? -1)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

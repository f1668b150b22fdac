import type { ScanResult } from '../types.js';

const NOT_A_SECRET = 'Not a secret? Put leakguard:allow on its line, or accept it in the baseline';
const EXPLAIN = 'leakguard explain RULE-ID says what a rule finds and why it matters.';

/** What to do next in the order to do it: for a commit about to be made, `--no-verify` comes last, and alone. */
function steps(result: ScanResult): { steps: string[]; lastResort?: string } {
  const files = result.findings.some((finding) => finding.fix);
  const secrets = result.findings.some((finding) => !finding.fix);
  if (result.source === 'staged') {
    return {
      steps: [
        ...(secrets ? ['Take each secret out of its file, read it from the environment or a secret manager instead, and git add the file again.'] : []),
        ...(files ? ['Unstage each file that must not be committed with the command on its fix line: it stays on disk, and .gitignore keeps it out.'] : []),
        ...(secrets ? ['If a secret was ever pushed, shared or pasted anywhere, rotate it as well: its rotate line says where.'] : []),
        `${NOT_A_SECRET}, then commit again.`,
      ],
      lastResort: 'Last resort, only when you are sure nothing here is secret: git commit --no-verify skips this check.',
    };
  }
  if (result.source === 'history') {
    return {
      steps: [
        'Rotate each secret at its issuer first: its rotate line says where. Every clone keeps the history, so deleting the secret now does not make it safe.',
        'Then take out any that are still in the files. Rewriting history helps only once every clone and fork is replaced, and never instead of rotating.',
        `Not a secret? Accept it in the baseline. ${EXPLAIN}`,
      ],
    };
  }
  return {
    steps: [
      'Rotate each secret at its issuer: its rotate line says where. Deleting it does not revoke it, and it may already be in a commit, a log or a backup.',
      'Take it out of the file and read it from the environment or a secret manager; keep .env files out of git.',
      `${NOT_A_SECRET}. ${EXPLAIN}`,
    ],
  };
}

/** The report's last lines, in plain words; nothing when nothing was found. */
export function nextSteps(result: ScanResult): string | undefined {
  if (result.findings.length === 0) return undefined;
  const { steps: list, lastResort } = steps(result);
  const head = result.source === 'staged' ? 'The commit is stopped. What to do next:' : 'What to do next:';
  return [head, ...list.map((step, i) => `  ${i + 1}. ${step}`), ...(lastResort ? [`  ${lastResort}`] : [])].join('\n');
}

/**
 * node:crypto loads on the first hash, not with the bundle (where every import is loaded at start-up): a
 * pre-commit hook that finds nothing never pays for it.
 */
const sha256 = (text: string) => process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');

export function hashSecret(secret: string): string {
  return sha256(secret);
}

/**
 * Identity of a finding that survives moved lines: rule, file and the secret's hash,
 * plus the commit for history findings so that one secret in two commits is two findings.
 */
export function fingerprintOf(ruleId: string, file: string, secretHash: string, commit?: string): string {
  return sha256([ruleId, file, secretHash, commit ?? ''].join('\0')).slice(0, 24);
}

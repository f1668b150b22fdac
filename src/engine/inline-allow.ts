/** A line that says its value is not a secret. */
const ALLOW_MARKER = /leakguard:allow/;

export function isAllowedInline(lineText: string): boolean {
  return ALLOW_MARKER.test(lineText);
}

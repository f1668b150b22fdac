/**
 * Context rules (a secret-sounding name, any value) need the value itself to look random:
 * code, words, paths, URLs, ids and digests sit in the same places as secrets but are not.
 */
// A chain of members, maybe cut before a bracket or a call (`match?.indices?.[1]`).
const MEMBER_EXPRESSION = /^[A-Za-z_$][\w$]*(?:(?:[?!]?\.|::|->)[A-Za-z_$][\w$]*)+(?:[?!]|\??\.)?$/;
const URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const DATA_URI = /^data:[a-z]+\/[a-z0-9.+-]+[;,]/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIGEST = /^(?:sha(?:1|224|256|384|512)|md5|blake2b?|xxh64)[:-]/i;
const LOWERCASE_PATH = /^(?:~|\.{1,2})?(?:\/[a-z0-9_.-]{1,40}){2,}\/?$/;
const WORDS = /^[a-z]+(?:[-_.][a-z]+)*[0-9]?$/;
const IDENTIFIER = /^[A-Za-z][a-z]+(?:[A-Z][a-z]+)*[0-9]{0,4}$/;
const SHORT = 16;

export function looksLikeSecretValue(value: string): boolean {
  // A JWT (eyJ…) has dots between its parts but is not code.
  if ((!value.startsWith('eyJ') && MEMBER_EXPRESSION.test(value)) || URL.test(value) || DATA_URI.test(value) || UUID.test(value)) return false;
  if (DIGEST.test(value) || LOWERCASE_PATH.test(value) || WORDS.test(value) || IDENTIFIER.test(value)) return false;
  if (/^[A-Za-z]+$/.test(value)) return isRandomLetters(value);
  // A short value is a password only if it mixes kinds of characters like one.
  return value.length >= SHORT || characterClasses(value) >= 3;
}

function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(value)).length;
}

/** Letters only: camelCase and PascalCase names have few capitals; random letters about half. */
function isRandomLetters(value: string): boolean {
  if (value.length < 20) return false;
  let upper = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
  }
  const ratio = upper / value.length;
  return ratio >= 0.25 && ratio <= 0.75;
}

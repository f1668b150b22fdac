import { looksLikeSecretValue } from './value-shape.js';

/**
 * Context rules find a secret by the name it is assigned to. The name and the line around it
 * often say that the value is not a secret after all: an id, a public key, a path, a setting,
 * or a minified bundle where names like `apiKey` are everywhere.
 */
const NOT_SECRET_NAME =
  /public|publishable|(?:^|[_.-])pub(?:lic)?[_.-]|key_?id$|_id$|[a-z]Id$|_ids?$|url$|uri$|path$|file$|name$|length$|size$|ttl$|expir|type$|header$|field$|param$|version$|enabled$|count$|prefix$|format$|algorithm$|_alg$|location$|policy$/i;
const NAME_CHAR = /[A-Za-z0-9_.-]/;
/** A line longer than this is minified code, where names like `apiKey` are everywhere. */
export const MINIFIED_LINE = 1000;
const ENV_STYLE_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

export interface MatchPlace {
  text: string;
  /** Offset where the rule's match starts (the name, for context rules). */
  matchStart: number;
  secret: string;
  lineText: string;
}

export function isLikelyContextSecret(place: MatchPlace): boolean {
  if (!looksLikeSecretValue(place.secret)) return false;
  const name = assignedName(place.text, place.matchStart);
  if (NOT_SECRET_NAME.test(name)) return false;
  // In a minified bundle only an environment-style name (JWT_SECRET) is context enough. What makes a line minified
  // is the code around the value: a long value (a JWT of 1,500 characters) alone on its line is not.
  return place.lineText.length - place.secret.length <= MINIFIED_LINE || ENV_STYLE_NAME.test(name);
}

/** The whole identifier the match starts in: `DB_PASSWORD` for a match that starts at `PASSWORD`. */
function assignedName(text: string, matchStart: number): string {
  let start = matchStart;
  while (start > 0 && start > matchStart - 80 && NAME_CHAR.test(text[start - 1]!)) start--;
  let end = matchStart;
  while (end < text.length && end < matchStart + 80 && NAME_CHAR.test(text[end]!)) end++;
  return text.slice(start, end).replace(/^[.-]+|[.-]+$/g, '');
}

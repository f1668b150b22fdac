import fc from 'fast-check';
import { fixtureValues } from './secrets.js';

const keys = fixtureValues('keys.env');

/** Fixture keys that a provider rule finds on their own, whatever the line around them says. */
export const PLANTABLE = ['ANTHROPIC', 'OPENAI_PROJECT', 'OPENROUTER', 'GITHUB', 'GITHUB_2', 'AWS', 'STRIPE', 'GOOGLE', 'SLACK_BOT'].map((name) => keys[name]!);

/** Characters a name or a line may hold that are hard on parsers: quotes, escapes, spaces, non-ASCII. */
const AWKWARD = [' ', '"', "'", '\\', '\t', '$', '(', '*', '[', '#', ';', 'é', '日', '🔑', '\u00a0'];
const PLAIN = 'abcdefghijklmnopqrstuvwxyz0123456789-_.'.split('');

/** One path segment git accepts: anything but `/` and NUL, never `.`, `..` or `.git`. */
const segment = fc
  .string({ unit: fc.constantFrom(...PLAIN, ...AWKWARD, '\n'), minLength: 1, maxLength: 10 })
  .filter((name) => name !== '.' && name !== '..' && name.toLowerCase() !== '.git');

export const filePath = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));

/** Text no rule finds a secret in: short words of letters, digits, punctuation and non-ASCII. */
export const fillerLine = fc.string({ unit: fc.constantFrom(...PLAIN, ...AWKWARD), maxLength: 40 });

export const lineEnding = fc.constantFrom('\n', '\r\n');

/** A line that holds one planted key after a name, as a config or code would. */
export const secretLine = fc.record({
  key: fc.constantFrom(...PLANTABLE),
  before: fc.constantFrom('KEY=', 'token: "', 'const k = \'', '  "apiKey": "', '', '  - '),
  after: fc.constantFrom('', '"', '\';', '",', ' # note'),
});

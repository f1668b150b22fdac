/**
 * Values that have a secret's place but are not secrets: templates, references to the
 * environment or a secrets manager, masked or elided values, and documentation fillers.
 * Every check here is rare in random text, so that a real key is never dropped by chance.
 */
const TEMPLATE =
  /\$\{|\{\{|\}\}|\$\(|<[^<>\s]{0,40}>|%[A-Za-z_][A-Za-z0-9_]*%|^\$[A-Za-z_][A-Za-z0-9_]*$|^\{[A-Za-z_][A-Za-z0-9_]*\}$|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const REFERENCE =
  /process\.env|import\.meta\.env|os\.environ|getenv\(|System\.getenv|ENV\[|Deno\.env|secrets\.[A-Za-z_]|^env:|^vault:|^ssm:|^op:\/\/|^arn:aws:(?:secretsmanager|ssm)/i;
// … and • written as escapes: the CLI's bundle stays ASCII (see scripts/build-cli.mjs).
const ELIDED = /\.\.\.|\u2026|\*\*\*|xxxxx|XXXXX|\u2022/;
const WORDS = /example|placeholder|changeme|change_me|redacted|replace_?me|insert_?your|your[A-Z_-]|^your|dummy/i;
const FILLER_WORDS = new RegExp(`(?<![a-z0-9])(?:your|my|here|goes|put|enter|insert|replace|sample|todo|fixme|foo|bar|baz|qux|none|null|undefined|nil|empty|secret|password|value)(?![a-z0-9])`, 'gi');
/** Default and demo credentials of local setups (`postgres:postgres`, `password123`). */
const WEAK_DEFAULT =
  /^(?:pass|password|passwd|secret|admin|administrator|root|test|testing|postgres|mysql|redis|rabbitmq|guest|user|username|demo|default|letmein|qwerty|welcome|mongo|sa|dev|local)[0-9!@#$._-]{0,6}$/i;
const SEQUENCES = ['0123456789', '1234567890', 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'qwertyuiop', 'asdfghjkl'];
const SEQUENCE_RUN = 8;
const SAME_CHAR_RUN = 7;

export function isPlaceholder(value: string): boolean {
  if (TEMPLATE.test(value) || REFERENCE.test(value) || ELIDED.test(value) || WORDS.test(value)) return true;
  if (WEAK_DEFAULT.test(value)) return true;
  if (hasFillerTokens(value) || hasSameCharRun(value) || hasSequence(value) || hasRepeatedUnit(value)) return true;
  return value.length >= 8 && new Set(value).size <= 3;
}

/** `sk-ant-your-key-here`, `my_secret_value`: at least two separated filler words. */
function hasFillerTokens(value: string): boolean {
  FILLER_WORDS.lastIndex = 0;
  return FILLER_WORDS.test(value) && FILLER_WORDS.test(value);
}

function hasSameCharRun(value: string): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value[i] === value[i - 1] ? run + 1 : 1;
    if (run >= SAME_CHAR_RUN) return true;
  }
  return false;
}

const MAX_UNIT = 8;
const REPEAT_STREAK = 10;

/** `abcd1234abcd1234…`: a short unit typed again and again, over at least 10 characters more than the unit. */
function hasRepeatedUnit(value: string): boolean {
  for (let unit = 2; unit <= MAX_UNIT; unit++) {
    let streak = 0;
    for (let i = unit; i < value.length; i++) {
      streak = value[i] === value[i - unit] ? streak + 1 : 0;
      if (streak >= REPEAT_STREAK) return true;
    }
  }
  return false;
}

function hasSequence(value: string): boolean {
  if (value.length < SEQUENCE_RUN) return false;
  for (let i = 0; i + SEQUENCE_RUN <= value.length; i++) {
    const piece = value.slice(i, i + SEQUENCE_RUN);
    if (SEQUENCES.some((sequence) => sequence.includes(piece))) return true;
  }
  return false;
}

import { createRequire } from 'node:module';

type Recheck = typeof import('recheck');
let recheck: Recheck | undefined;

/**
 * Why a pattern could make the scan hang (catastrophic backtracking), checked statically
 * on the pattern's automaton, or undefined when it is safe. V8's regexes backtrack.
 * The checker is large, so it is loaded only when a rule is checked, never on a plain scan.
 */
export function backtrackingProblem(pattern: string, flags = ''): string | undefined {
  // The checker's own JavaScript, in this thread: its default runs a native helper that, on a pattern it
  // cannot parse (a repetition bound past 2^31), prints a Java stack trace and never answers.
  process.env.RECHECK_SYNC_BACKEND = 'pure';
  try {
    recheck ??= createRequire(import.meta.url)('recheck') as Recheck;
  } catch {
    // The GitHub Action's bundle leaves the checker out (it is larger than the rest of the action).
    return 'pattern cannot be checked for catastrophic backtracking here: the checker (the recheck package) is not installed';
  }
  let diagnostics: ReturnType<Recheck['checkSync']>;
  try {
    diagnostics = recheck.checkSync(pattern, flags, { checker: 'automaton', timeout: 10_000 });
  } catch {
    return 'pattern could not be proven safe from catastrophic backtracking (the checker cannot read it)';
  }
  if (diagnostics.status === 'safe') return undefined;
  if (diagnostics.status === 'vulnerable') {
    const attack = diagnostics.attack.pattern;
    return `pattern is open to ${diagnostics.complexity.type} backtracking (for example on ${attack.length > 60 ? `${attack.slice(0, 57)}...` : attack})`;
  }
  return `pattern could not be proven safe from catastrophic backtracking (${diagnostics.error.kind})`;
}

/**
 * A regex from a file a user wrote (a rule, an allow value). Its syntax error says what is wrong without
 * quoting the pattern, as V8's message does: an allow value is often the very secret it allows.
 */
export function compileRegex(pattern: string, flags = '', { now = true } = {}): RegExp {
  try {
    const regex = new RegExp(pattern, flags);
    // V8 compiles on first use, and only then says a pattern is too large: make that happen here, unless the
    // pattern was checked before (a start-up that compiles every rule pays for the many that never run).
    if (now) {
      regex.test('');
      regex.lastIndex = 0;
    }
    return regex;
  } catch (error) {
    throw new SyntaxError((error as Error).message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, ''));
  }
}

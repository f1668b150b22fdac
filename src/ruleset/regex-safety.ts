import { createRequire } from 'node:module';

type Recheck = typeof import('recheck');
let recheck: Recheck | undefined;

/**
 * Why a pattern could make the scan hang (catastrophic backtracking), checked statically
 * on the pattern's automaton, or undefined when it is safe. V8's regexes backtrack.
 * The checker is large, so it is loaded only when a rule is checked, never on a plain scan.
 */
export function backtrackingProblem(pattern: string, flags = ''): string | undefined {
  recheck ??= createRequire(import.meta.url)('recheck') as Recheck;
  const diagnostics = recheck.checkSync(pattern, flags, { checker: 'automaton', timeout: 10_000 });
  if (diagnostics.status === 'safe') return undefined;
  if (diagnostics.status === 'vulnerable') {
    const attack = diagnostics.attack.pattern;
    return `pattern is open to ${diagnostics.complexity.type} backtracking (for example on ${attack.length > 60 ? `${attack.slice(0, 57)}...` : attack})`;
  }
  return `pattern could not be proven safe from catastrophic backtracking (${diagnostics.error.kind})`;
}

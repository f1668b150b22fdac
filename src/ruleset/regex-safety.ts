import { checkSync } from 'recheck';

/**
 * Why a pattern could make the scan hang (catastrophic backtracking), checked statically
 * on the pattern's automaton, or undefined when it is safe. V8's regexes backtrack.
 */
export function backtrackingProblem(pattern: string, flags = ''): string | undefined {
  const diagnostics = checkSync(pattern, flags, { checker: 'automaton', timeout: 10_000 });
  if (diagnostics.status === 'safe') return undefined;
  if (diagnostics.status === 'vulnerable') {
    const attack = diagnostics.attack.pattern;
    return `pattern is open to ${diagnostics.complexity.type} backtracking (for example on ${attack.length > 60 ? `${attack.slice(0, 57)}...` : attack})`;
  }
  return `pattern could not be proven safe from catastrophic backtracking (${diagnostics.error.kind})`;
}

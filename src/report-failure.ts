import { ExitCode, ScanError } from './errors.js';
import { scrubSecrets } from './scrub-secrets.js';

/**
 * What an entry point does with an error it caught: one `error:` line on stderr (a known error says what
 * to fix, anything else asks for a report), exit code 2, and the stack only when asked for; never a secret
 * the error quoted.
 */
export function reportFailure(error: unknown, showStack: boolean): string {
  const known = error instanceof ScanError;
  const message = known ? error.message : `unexpected: ${(error as Error)?.message ?? String(error)}`;
  const hint = known ? error.hint : 'please report this with --debug output';
  const line = scrubSecrets(`${message.replace(/\s*\n\s*/g, ' ').trim()}${hint ? ` (${hint})` : ''}`);
  process.stderr.write(`error: ${line}\n`);
  if (showStack) process.stderr.write(`${scrubSecrets(String((error as Error)?.stack))}\n`);
  process.exitCode = ExitCode.Error;
  return line;
}

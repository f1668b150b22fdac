import { shellQuote as quote } from '../shell-quote.js';

/** The line that marks a hook as leakguard's, so that installing twice changes nothing. */
export const HOOK_MARKER = '# leakguard pre-commit hook';
/** Where an existing hook is kept while leakguard's runs in its place. */
export const CHAINED_SUFFIX = '.leakguard-chained';

/**
 * A POSIX shell pre-commit hook. It finds leakguard in the repository's node_modules, on PATH,
 * where it was installed from, or through npx, in that order, so it works in projects that are
 * not Node projects and when node_modules/.bin is not on PATH. It runs a chained hook after.
 *
 * leakguard runs with NODE_EXTRA_CA_CERTS empty: it opens no connection, and Node parses every certificate that
 * variable names before running a line (a system bundle of ~150 certificates: ~50 ms of each commit). npx keeps
 * it, since it may download.
 */
export function hookScript(installedCli: string, chained: string | undefined): string {
  const lines = [
    '#!/bin/sh',
    HOOK_MARKER,
    '# Blocks a commit that adds a secret. Remove: leakguard uninstall',
    'top=$(git rev-parse --show-toplevel) || exit 1',
    'if [ -x "$top/node_modules/.bin/leakguard" ]; then',
    '  NODE_EXTRA_CA_CERTS= "$top/node_modules/.bin/leakguard" staged || exit $?',
    'elif command -v leakguard >/dev/null 2>&1; then',
    '  NODE_EXTRA_CA_CERTS= leakguard staged || exit $?',
    `elif [ -f ${quote(installedCli)} ]; then`,
    `  NODE_EXTRA_CA_CERTS= node ${quote(installedCli)} staged || exit $?`,
    'else',
    '  npx --yes leakguard staged || exit $?',
    'fi',
  ];
  if (chained) lines.push(`# the hook that was here before leakguard, kept and run after it`, `exec ${quote(chained)} "$@"`);
  return `${lines.join('\n')}\n`;
}

/** The hook earlier versions wrote where this one writes `script`: `install` replaces it, being all its own. */
export const earlierHookScript = (script: string) => script.replaceAll('NODE_EXTRA_CA_CERTS= ', '');

/**
 * The one line added to a husky hook file, which husky runs with `sh -e` at the top of the work tree. npx is only the
 * fallback: it takes ~0.5 s to start, several times the scan.
 */
export const HUSKY_LINE =
  'if [ -x node_modules/.bin/leakguard ]; then NODE_EXTRA_CA_CERTS= node_modules/.bin/leakguard staged; else npx --no-install leakguard staged; fi # leakguard pre-commit hook';
/** The line earlier versions added: `install` puts the current one in its place, `uninstall` takes it out. */
export const EARLIER_HUSKY_LINE = 'npx --no-install leakguard staged # leakguard pre-commit hook';

/**
 * Options for every diff leakguard reads, so that no user or system config changes what it parses:
 * added lines only with their new line numbers (-U0, no fused hunks), plain text (no colour, external diff
 * or textconv), paths from the top level with the a/ b/ prefixes, renames paired (-M) so that a rename adds
 * nothing, deleted files named but not printed (--irreversible-delete: they add nothing; --diff-filter would
 * also drop commits from git log), submodule pointers left out.
 */
export const DIFF_OPTIONS = [
  '-U0',
  '--inter-hunk-context=0',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '-M',
  '--irreversible-delete',
  '--ignore-submodules=all',
];

/** Non-ASCII paths in clear rather than as octal escapes (the parser reads both). */
export const GIT_CONFIG = ['-c', 'core.quotePath=false'];

import type { Argv } from 'yargs';

export const baselineOption = {
  type: 'string',
  describe: 'Baseline file (default: .leakguard-baseline.json at the root or the git top level)',
} as const;

/** The flags `withSuppressionOptions` adds, each at its default. */
export const DEFAULT_SUPPRESSION_ARGS = { baseline: undefined, updateBaseline: false, inlineAllow: true } as const satisfies SuppressionArgs;

export const inlineAllowOption = {
  type: 'boolean',
  default: DEFAULT_SUPPRESSION_ARGS.inlineAllow,
  describe: 'Honour allow comments; --no-inline-allow reports what they hide (for audits)',
} as const;

/** Options every scanning command shares: which findings are known or allowed. */
export function withSuppressionOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('baseline', baselineOption)
    .option('update-baseline', { type: 'boolean', default: DEFAULT_SUPPRESSION_ARGS.updateBaseline, describe: 'Add new findings to the baseline and prune stale entries' })
    .option('inline-allow', inlineAllowOption);
}

export interface SuppressionArgs {
  baseline?: string;
  updateBaseline: boolean;
  inlineAllow: boolean;
}

import type { Argv } from 'yargs';
import { formatNames } from '../report/index.js';

export const configOption = {
  alias: 'c',
  type: 'string',
  describe: 'Config file (default: .leakguard.yaml|.yml|.json at the root)',
} as const;

/** Options every scanning command shares: what to print and where. */
export function withReportOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('format', { alias: 'f', choices: formatNames, default: 'text', describe: 'Report format' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to this file instead of stdout' })
    .option('show-secrets', { type: 'boolean', default: false, describe: 'Print secrets in clear (never the default)' })
    .option('color', { type: 'boolean', default: true, describe: 'Colour the text report (--no-color, or NO_COLOR, to turn off)' })
    .option('config', configOption);
}

import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Argv } from 'yargs';
import { BASELINE_NAME } from '../baseline/baseline-file.js';
import { describeUpdate } from '../baseline/update-entries.js';
import { findConfigFile } from '../config/load-config.js';
import { ScanError } from '../errors.js';
import { scanFiles } from '../scan-files.js';
import { applySuppressions } from '../suppress/apply-suppressions.js';

const CONFIG_NAME = '.leakguard.yaml';

const STARTER = `# yaml-language-server: $schema=./node_modules/leakguard/schema/config.schema.json
# leakguard settings; every key is described in leakguard's docs/configuration.md.
# The built-in rules are always on unless rules.disable names them.

# Files never scanned (globs relative to this folder).
exclude: []

# Values that are not secrets, for example the fake keys of your tests:
# allow:
#   - paths: ["test/fixtures/**"]
#     reason: fake keys for tests

# Rules to turn off, by id or tag, and rules of your own:
# rules:
#   disable: [generic-secret-assignment]
`;

export const initCommand = {
  builder: (yargs: Argv) =>
    yargs
      .positional('folder', { type: 'string', default: '.', describe: 'The repository root' })
      .option('baseline', { type: 'boolean', default: false, describe: `Also write ${BASELINE_NAME} from the current findings` }),
  handler: async (argv: { folder: string; baseline: boolean }) => {
    const cwd = process.cwd();
    const dir = resolve(cwd, argv.folder);
    const shown = (file: string) => relative(cwd, file) || file;
    const existing = findConfigFile([dir]);
    if (existing) throw new ScanError(`${shown(existing)} already exists`, 'edit it, or remove it to start over');
    const baselineFile = join(dir, BASELINE_NAME);
    if (argv.baseline && existsSync(baselineFile)) {
      throw new ScanError(`${shown(baselineFile)} already exists`, 'refresh it with leakguard baseline instead');
    }
    const configFile = join(dir, CONFIG_NAME);
    writeFileSync(configFile, STARTER);
    process.stdout.write(`Wrote ${shown(configFile)}.\n`);
    if (argv.baseline) {
      const scanned = await scanFiles({ paths: [dir], cwd });
      const { update } = applySuppressions(scanned, { cwd, baselineFile, update: true });
      process.stdout.write(describeUpdate(update!, cwd, 'Wrote'));
    }
    process.stdout.write(nextSteps(argv.baseline));
  },
};

function nextSteps(baselined: boolean): string {
  const steps = baselined
    ? ['Commit both files: scans now fail only on new findings.', `Review the accepted findings in ${BASELINE_NAME}; rotate the real ones.`]
    : ['Run leakguard scan to see what is there now.', 'Run leakguard baseline to accept it, so that scans fail only on new findings.'];
  steps.push('Run leakguard scan in a pre-commit hook and in CI.');
  return `\nNext steps:\n${steps.map((step, i) => `  ${i + 1}. ${step}`).join('\n')}\n`;
}

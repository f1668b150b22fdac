import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { ExitCode } from '../errors.js';
import { readYamlSource } from '../config/yaml-source.js';
import { checkRule } from '../ruleset/check-rule.js';
import { loadBuiltinRules } from '../ruleset/load-rules.js';
import { assertUniqueIds, ruleFileSpecs } from '../ruleset/rule-spec.js';
import type { RuleSpec } from '../types.js';

function listRules(argv: { format: string }): void {
  const rules = loadBuiltinRules();
  if (argv.format === 'json') {
    const rows = rules.map(({ id, description, confidence, keywords, rotate }) => ({ id, description, confidence: confidence ?? 'high', keywords, rotate }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const width = Math.max(...rules.map((rule) => rule.id.length));
  for (const rule of rules) process.stdout.write(`${rule.id.padEnd(width)}  ${(rule.confidence ?? 'high').padEnd(6)}  ${rule.description}\n`);
  process.stdout.write(`${rules.length} rules\n`);
}

async function readRuleFile(path: string): Promise<RuleSpec[]> {
  return ruleFileSpecs((await readYamlSource(path, 'rule file')).data, path);
}

/** Checks rule files (the built-in ones when none is named) with the checks the test suite uses. */
async function checkRules(argv: { files?: string[] }): Promise<void> {
  const specs = argv.files?.length ? (await Promise.all(argv.files.map((file) => readRuleFile(resolve(file))))).flat() : loadBuiltinRules();
  assertUniqueIds(specs);
  let failing = 0;
  for (const spec of specs) {
    const problems = checkRule(spec);
    if (problems.length === 0) continue;
    failing++;
    for (const problem of problems) process.stdout.write(`${spec.source ?? ''}: ${spec.id}: ${problem}\n`);
  }
  process.stdout.write(`${specs.length} rules checked, ${failing} with problems\n`);
  process.exitCode = failing ? ExitCode.Findings : ExitCode.Clean;
}

export const rulesCommand = {
  builder: (yargs: Argv) =>
    yargs
      .positional('action', { choices: ['list', 'check'] as const, describe: 'list: every rule; check: validate rule files' })
      .positional('files', { type: 'string', array: true, describe: 'Rule files to check (default: the built-in rules)' })
      .option('format', { choices: ['text', 'json'], default: 'text', describe: 'Output of list' })
      .example('$0 rules list', 'every rule with its confidence')
      .example('$0 rules check my-rules.yaml', 'validate your own rules: examples found, negatives silent, no catastrophic backtracking'),
  handler: async (argv: { action?: 'list' | 'check'; files?: string[]; format: string }) => {
    if (argv.action === 'list') listRules(argv);
    else await checkRules(argv);
  },
};

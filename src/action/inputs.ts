import { parseArgs } from 'node:util';
import { ScanError } from '../errors.js';
import type { HistorySelection } from '../sources/history.js';

/** The action's inputs, as the runner passes them: `INPUT_<NAME>`, upper-cased, hyphens kept. */
export interface ActionInputs {
  config?: string;
  /** The baseline file, relative to the repository (default: .leakguard-baseline.json there, if any). */
  baseline?: string;
  failOnFindings: boolean;
  /** From the extra arguments: which commits, instead of the event's. */
  selection: HistorySelection;
}

const input = (env: NodeJS.ProcessEnv, name: string) => env[`INPUT_${name.toUpperCase()}`]?.trim() || undefined;

/** The booleans of the YAML 1.2 core schema, which the runner documents for inputs. */
function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = input(env, name);
  if (value === undefined) return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new ScanError(`input ${name} must be true or false, not "${value}"`);
}

/** Splits like a shell would on spaces and quotes, and does nothing else a shell does. */
export function splitArguments(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (quote) throw new ScanError(`input args has an unclosed ${quote}`);
  if (word !== undefined) words.push(word);
  return words;
}

/** Flags of `leakguard history` that would defeat the action's reports, or a secret-free log. */
const REFUSED: Record<string, string> = {
  '--show-secrets': 'secrets are never printed in CI logs',
  '--format': 'the action writes annotations, a job summary and SARIF itself',
  '--output': 'the action writes annotations, a job summary and SARIF itself',
  '--config': 'use the config input',
};

/** The extra arguments: which commits to scan, nothing else. */
export function parseExtraArguments(text: string): HistorySelection {
  const args = splitArguments(text);
  for (const arg of args) {
    const flag = arg.split('=')[0]!;
    if (REFUSED[flag]) throw new ScanError(`input args: ${flag} is not allowed in the action: ${REFUSED[flag]}`);
  }
  try {
    const { values } = parseArgs({ args, strict: true, allowPositionals: false, options: { range: { type: 'string' }, branch: { type: 'string' }, since: { type: 'string' } } });
    if (values.range && values.branch) throw new ScanError('input args: give --range or --branch, not both');
    return values;
  } catch (error) {
    if (error instanceof ScanError) throw error;
    throw new ScanError(`input args: ${(error as Error).message}`, 'the action takes --range, --branch and --since');
  }
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  return {
    config: input(env, 'config'),
    baseline: input(env, 'baseline'),
    failOnFindings: readBoolean(env, 'fail-on-findings', true),
    selection: parseExtraArguments(input(env, 'args') ?? ''),
  };
}

import { appendFileSync, readFileSync } from 'node:fs';
import { ScanError } from '../errors.js';
import type { GithubEvent } from './event-plan.js';

/** The event that started the run: its name and the payload file the runner wrote. */
export function readEvent(env: NodeJS.ProcessEnv): GithubEvent {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name || !path) throw new ScanError('GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set', 'the action runs in a GitHub Actions workflow');
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ScanError(`cannot read the event payload ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (typeof payload !== 'object' || payload === null) throw new ScanError(`the event payload ${path} is not a JSON object`);
  return { name, payload: payload as Record<string, unknown> };
}

/** Appends to one of the runner's files (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`); outside a runner there is none. */
function appendToRunnerFile(env: NodeJS.ProcessEnv, variable: string, text: string): void {
  const path = env[variable];
  if (!path) return;
  try {
    appendFileSync(path, text);
  } catch (error) {
    throw new ScanError(`cannot write ${variable} (${path}): ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

/** Step outputs as `name=value` lines; every value the action sets is one line. */
export function setOutputs(env: NodeJS.ProcessEnv, outputs: Record<string, string | number>): void {
  appendToRunnerFile(env, 'GITHUB_OUTPUT', Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`).join(''));
}

export function appendSummary(env: NodeJS.ProcessEnv, markdown: string): void {
  appendToRunnerFile(env, 'GITHUB_STEP_SUMMARY', markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

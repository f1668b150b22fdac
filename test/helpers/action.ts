import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, tempDir } from './cli.js';
import { gitEnv, gitIn } from './git.js';

/** The committed bundle that `uses:` runs: what users get. */
export const actionPath = join(repoRoot, 'action/main.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The `name=value` lines the action appended to GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** What the action appended to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** The SARIF file named by the sarif-file output, as text, when there is one. */
  sarif?: string;
}

/**
 * Runs the action's bundle as the runner does: in the checkout, with the event payload in a file, the
 * runner's output and summary files, and the inputs as INPUT_* variables (`fail-on-findings` stays hyphenated).
 */
export function runAction(checkout: string, eventName: string, payload: object, inputs: Record<string, string> = {}, bundle = actionPath): ActionRun {
  const runner = tempDir('leakguard-runner-');
  const files = { event: join(runner, 'event.json'), output: join(runner, 'output'), summary: join(runner, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const result = spawnSync(process.execPath, [bundle], {
    cwd: checkout,
    encoding: 'utf8',
    env: {
      ...gitEnv(),
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: runner,
      ...inputEnv,
    },
  });
  const outputs = Object.fromEntries(
    readFileSync(files.output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  const sarifFile = outputs['sarif-file'];
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs,
    summary: readFileSync(files.summary, 'utf8'),
    sarif: sarifFile && existsSync(sarifFile) ? readFileSync(sarifFile, 'utf8') : undefined,
  };
}

/**
 * A checkout of `sha` from `origin` the way actions/checkout makes one: a new repository with origin as
 * its remote, a fetch of the branches and tags (depth 0) or of the one commit (depth 1), then a detached HEAD.
 */
export function checkout(origin: string, sha: string, depth: 0 | 1): string {
  const dir = tempDir('leakguard-checkout-');
  gitIn(dir, 'init', '-q');
  gitIn(dir, 'remote', 'add', 'origin', `file://${origin}`);
  if (depth === 0) gitIn(dir, 'fetch', '-q', '--no-tags', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*');
  gitIn(dir, 'fetch', '-q', '--no-tags', ...(depth === 1 ? ['--depth=1'] : []), 'origin', sha);
  gitIn(dir, 'checkout', '-q', '--detach', sha);
  return dir;
}

/** Every text the action wrote where a person or a later step can read it. */
export const everythingWritten = (run: ActionRun) => [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), run.sarif ?? ''].join('\n');

/** `file:line rule` of each annotation on stdout. */
export function annotations(run: ActionRun): string[] {
  return [...run.stdout.matchAll(/^::error file=([^,]+),line=(\d+),.*title=leakguard%3A ([\w-]+)::/gm)].map((m) => `${m[1]}:${m[2]} ${m[3]}`);
}

interface SarifLog {
  runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; properties: { commit: string } }[] }[];
}

/** `file:line rule @commit` of each result in the SARIF file. */
export function sarifResults(run: ActionRun): string[] {
  const log = JSON.parse(run.sarif!) as SarifLog;
  return log.runs[0]!.results.map((r) => {
    const { artifactLocation, region } = r.locations[0]!.physicalLocation;
    return `${artifactLocation.uri}:${region.startLine} ${r.ruleId} @${r.properties.commit}`;
  });
}

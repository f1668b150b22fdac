import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers/cli.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  with?: Record<string, unknown>;
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const doc = readFileSync(join(repoRoot, 'docs/organisation.md'), 'utf8');
const workflows = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Workflow);
const reusable = workflows.find((w) => 'workflow_call' in w.on)!;
const entry = workflows.find((w) => 'schedule' in w.on)!;

describe('docs/organisation.md', () => {
  it('holds a reusable workflow with one job per repository: the Action, SARIF to that repository, a JSON report', () => {
    const job = reusable.jobs.scan!;
    expect(job.strategy).toMatchObject({ 'fail-fast': false, matrix: { name: '${{ fromJSON(inputs.repositories) }}' } });
    const steps = job.steps!;
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { repository: '${{ inputs.organisation }}/${{ matrix.name }}', 'fetch-depth': 0 } });
    expect(steps.map((step) => step.uses)).toContain('<owner>/leakguard@v1');
    expect(steps.some((step) => /gh api --method POST "repos\/\$REPOSITORY\/code-scanning\/sarifs"/.test(step.run ?? ''))).toBe(true);
    expect(steps.some((step) => /leakguard@1 history --format json/.test(step.run ?? ''))).toBe(true);
  });

  it('holds an entry point that calls it once per shard of at most 256 repositories, then merges the reports', () => {
    expect(doc).toContain('`.github/workflows/leakguard-repositories.yml`:');
    expect(entry.jobs.scan).toMatchObject({
      uses: './.github/workflows/leakguard-repositories.yml',
      strategy: { matrix: { repositories: '${{ fromJSON(needs.list.outputs.shards) }}' } },
    });
    const list = entry.jobs.list!.steps![0]!.run!;
    const [, size] = /range\(0; length; (\d+)\) as \$i \| \.\[\$i:\$i \+ \1\]/.exec(list) ?? [];
    expect(Number(size)).toBeLessThanOrEqual(256);
    expect(entry.jobs.merge!.steps!.some((step) => /leakguard@1 merge-reports reports\/\*\.json/.test(step.run ?? ''))).toBe(true);
  });

  it('uses only commands and flags leakguard has', () => {
    // Command lines: in a workflow's run (through npx) or in a shell example (at the start of a line).
    const calls = [...doc.matchAll(/(?:^|npx --yes )leakguard(?:@1)? ([a-z-]+)([^|#\n]*)/gm)];
    expect(calls.map((m) => m[1])).toEqual(['history', 'merge-reports', 'history', 'merge-reports']);
    for (const [, command, rest] of calls) {
      const help = runCli([command!, '--help'], tempDir());
      expect(help.stdout, command).toMatch(new RegExp(`^leakguard ${command}\\b`)); // its own help, not the list of commands
      for (const flag of rest!.match(/ --?[a-z-]+/g) ?? []) expect(help.stdout, `${command}${flag}`).toMatch(new RegExp(`(?:^|[ ,])${flag.trim()}[ ,\\n]`, 'm'));
    }
  });
});

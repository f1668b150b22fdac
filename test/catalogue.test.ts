import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, repoRoot, runCli } from './helpers/cli.js';

interface Plant {
  file: string;
  before: number;
  rule: string;
  text: string;
}
interface Finding {
  file: string;
  line: number;
  ruleId: string;
}

const plants = (JSON.parse(readFileSync(join(repoRoot, 'fixtures/ai-app-planted.json'), 'utf8')) as { plants: Plant[] }).plants;

function scan(dir: string): Finding[] {
  const result = runCli(['scan', '.', '--format', 'json'], dir);
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as { findings: Finding[] }).findings;
}

/** Inserts every plant into its file and returns where each one ends up. */
function plantAll(dir: string): string[] {
  const byFile = new Map<string, Plant[]>();
  for (const plant of plants) byFile.set(plant.file, [...(byFile.get(plant.file) ?? []), plant]);
  const expected: string[] = [];
  for (const [file, list] of byFile) {
    const path = join(dir, file);
    const lines = readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
    const placed: Array<{ plant: Plant; index: number }> = [];
    // Insert from the bottom up so that earlier line numbers stay true.
    for (const plant of [...list].sort((a, b) => (b.before || Infinity) - (a.before || Infinity))) {
      const index = plant.before === 0 ? lines.length : plant.before - 1;
      lines.splice(index, 0, plant.text);
      for (const other of placed) if (other.index >= index) other.index++;
      placed.push({ plant, index });
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
    for (const { plant, index } of placed) expected.push(`${file}:${index + 1} ${plant.rule}`);
  }
  return expected.sort();
}

describe('a realistic AI app', () => {
  it('scans clean: placeholders, docs, lockfile, manifests and a minified bundle raise nothing', () => {
    const findings = scan(copyFixture('ai-app'));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([]);
  });

  it('finds every planted key at its file and line, and nothing else', () => {
    const dir = copyFixture('ai-app');
    const expected = plantAll(dir);
    const found = scan(dir).map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();
    expect(found).toEqual(expected);
    expect(found).toHaveLength(plants.length);
  });
});

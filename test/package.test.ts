import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../src/ruleset/load-rules.js';
import { cliPath, repoRoot, tempDir } from './helpers/cli.js';
import { fixtureValues } from './helpers/secrets.js';

const keys = fixtureValues('keys.env');

describe('the npm package', () => {
  it('ships the bundled CLI with every rule, the schemas and the docs, and nothing of the tests', () => {
    const out = tempDir();
    // A run leaves a code cache in dist/bin, which the package must not carry.
    expect(spawnSync(process.execPath, [cliPath, '--version']).status).toBe(0);
    expect(readdirSync(join(repoRoot, 'dist/bin')).some((name) => name.endsWith('.code-cache'))).toBe(true);
    const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: repoRoot, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const { filename, files } = (JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>)[0]!;
    const paths = files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['schema/config.schema.json', 'docs/configuration.md']));
    // The launcher, the program and what it loads beside it; not the code cache that runs of the CLI left in
    // dist/bin (a cache is made for the Node that runs it, on the machine it runs on).
    const bin = ['cli.cjs', 'detect-worker.js', 'fast-glob.cjs', 'leakguard.cjs', 'licenses.txt', 'yaml.cjs', 'yargs.js'];
    expect(paths.filter((path) => path.startsWith('dist/bin/')).sort()).toEqual(bin.map((file) => `dist/bin/${file}`));
    const rules = readdirSync(join(repoRoot, 'rules')).map((name) => `rules/${name}`);
    expect(paths.filter((path) => path.startsWith('rules/')).sort()).toEqual(rules.sort());
    // Fixtures hold fake keys, tests and sources are not run by users, maps point at sources not shipped.
    // The one script shipped builds a source checkout on install and does nothing in an installed package.
    expect(paths.filter((path) => /^(test|fixtures|src|action|bench|scripts)\/|\.(map|ts)$/.test(path))).toEqual(['scripts/build-if-source.mjs']);

    // Unpacked as npm installs it. The CLI is bundled: it runs with no dependency
    // installed beside it (only `rules check` needs one, the pattern checker).
    execFileSync('tar', ['-xzf', join(out, filename), '-C', out]);
    const installed = join(out, 'package');
    const cli = join(installed, 'dist/bin/leakguard.cjs');
    // The bundle carries every built-in rule, parsed.
    const list = spawnSync(process.execPath, [cli, 'rules', 'list'], { encoding: 'utf8' });
    const ids = loadBuiltinRules().map((spec) => spec.id);
    expect(list.stdout.trim().split('\n').map((line) => line.split(' ')[0])).toEqual([...ids, String(ids.length)]);
    const project = tempDir();
    writeFileSync(join(project, 'a.env'), `KEY=${keys.AWS}\n`);
    // A config, read with the YAML parser that ships beside the bundle.
    writeFileSync(join(project, 'b.env'), `KEY=${keys.AWS}\n`);
    writeFileSync(join(project, '.leakguard.yaml'), 'exclude:\n  - b.env\n');
    const scan = spawnSync(process.execPath, [cli, 'scan'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(scan.status, scan.stderr).toBe(1);
    expect(scan.stdout).toContain('a.env\n  1:5  aws-access-key-id');
    expect(scan.stdout).not.toContain('b.env');
  });
});

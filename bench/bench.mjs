// npm run bench: builds its inputs (no network but the npm registry for secretlint), then
// prints wall time, throughput, peak memory and findings for each path leakguard has.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepo, generateTree, makeText, prng } from './generate.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/bin/leakguard.cjs');
const work = join(root, '.bench');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const treeMB = Number(args.size ?? 200);
const commits = Number(args.commits ?? 3000);
const only = new Set((args.only ?? 'scan,history,staged,secretlint').split(','));

// NODE_EXTRA_CA_CERTS makes Node parse every certificate it names before running a line (a system bundle: ~45 ms
// on a 2-core machine). leakguard opens no connection; most machines don't set it, so Node runs here without it,
// and the hook is timed once more with it kept.
const extraCerts = process.env.NODE_EXTRA_CA_CERTS;
const benchEnv = { ...process.env };
delete benchEnv.NODE_EXTRA_CA_CERTS;

/** Runs a command under /usr/bin/time: wall seconds and peak RSS in MB. */
function measure(command, commandArgs, cwd, env = benchEnv) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...commandArgs], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const [wall, rssKb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, rssMB: Math.round(rssKb / 1024), code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function prepare(name, params, build) {
  const dir = join(work, name);
  const stamp = join(dir, '.complete');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === JSON.stringify(params)) return JSON.parse(readFileSync(`${stamp}.info`, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const info = build(dir);
  writeFileSync(`${stamp}.info`, JSON.stringify(info));
  writeFileSync(stamp, JSON.stringify(params));
  return info;
}

const findingsOf = (file) => JSON.parse(readFileSync(file, 'utf8')).findings.length;
const results = {};
const rows = [];

console.error(`preparing inputs in .bench/ (tree ${treeMB} MB, ${commits} commits)…`);
const tree = prepare('tree', { treeMB, v: 1 }, (dir) => generateTree(dir, treeMB));
const repo = prepare('repo', { commits, v: 1 }, (dir) => generateRepo(dir, commits));
const treeDir = join(work, 'tree');
const repoDir = join(work, 'repo');
const mb = tree.bytes / 1024 / 1024;

let scan;
if (only.has('scan')) {
  scan = measure('node', [cli, 'scan', treeDir, '--all-files', '--format', 'json', '--output', join(work, 'scan.json')], root);
  results.scan = { wallSeconds: scan.wall, mbPerSecond: +(mb / scan.wall).toFixed(1), peakRssMB: scan.rssMB, findings: findingsOf(join(work, 'scan.json')), planted: tree.planted, megabytes: +mb.toFixed(1) };
  rows.push(['scan tree', `${mb.toFixed(0)} MB`, `${scan.wall.toFixed(2)} s`, `${results.scan.mbPerSecond} MB/s`, `${scan.rssMB} MB`, `${results.scan.findings} (planted ${tree.planted})`]);

  const noDecode = measure('node', [cli, 'scan', treeDir, '--all-files', '--decode-depth', '0', '--format', 'json', '--output', join(work, 'scan-nodecode.json')], root);
  if (noDecode.code !== 2) {
    results.scanNoDecode = { wallSeconds: noDecode.wall, decodingCostPercent: +(((scan.wall - noDecode.wall) / noDecode.wall) * 100).toFixed(1) };
    rows.push(['scan, no decoding', `${mb.toFixed(0)} MB`, `${noDecode.wall.toFixed(2)} s`, `${(mb / noDecode.wall).toFixed(1)} MB/s`, `${noDecode.rssMB} MB`, `decoding costs ${results.scanNoDecode.decodingCostPercent} %`]);
  }
}

if (only.has('history')) {
  // git and leakguard take turns, five times each, and each is read at its median: on a shared machine one
  // run of either can be a tenth off.
  const historyRuns = Number(args['history-runs'] ?? 5);
  const medianOf = (runs) => [...runs].sort((a, b) => a.wall - b.wall)[runs.length >> 1];
  const gitLogRuns = [];
  const historyRunsDone = [];
  for (let i = 0; i < historyRuns; i++) {
    gitLogRuns.push(measure('sh', ['-c', 'git log -p -U0 --full-history --all > /dev/null'], repoDir));
    historyRunsDone.push(measure('node', [cli, 'history', '--format', 'json', '--output', join(work, 'history.json')], repoDir));
  }
  const gitLog = medianOf(gitLogRuns);
  const history = historyRunsDone.find((run) => run.code !== 0 && run.code !== 1) ?? medianOf(historyRunsDone);
  if (history.code === 0 || history.code === 1) {
    const peakRssMB = Math.max(...historyRunsDone.map((run) => run.rssMB));
    results.history = { commits, runs: historyRuns, wallSeconds: history.wall, gitLogSeconds: gitLog.wall, ratioToGit: +(history.wall / gitLog.wall).toFixed(2), peakRssMB, findings: findingsOf(join(work, 'history.json')), planted: repo.planted };
    rows.push(['history', `${commits} commits`, `median ${history.wall.toFixed(2)} s`, `git log -p: ${gitLog.wall.toFixed(2)} s (×${results.history.ratioToGit})`, `${peakRssMB} MB`, `${results.history.findings} (planted ${repo.planted}), ${historyRuns} runs`]);
  } else {
    rows.push(['history', 'unavailable', history.stderr.trim().split('\n')[0] ?? '', '', '', '']);
  }
}

/**
 * Each command's median over `runs`, the commands run in turn within each round, so that the machine's speed, which
 * drifts from minute to minute on a virtual machine, weighs on each alike.
 */
function medianRunsInTurn(commands, runs = 20) {
  const times = commands.map(() => []);
  const rssMB = commands.map(() => 0);
  for (let i = 0; i < runs; i++) {
    commands.forEach(({ command, args: commandArgs, env }, c) => {
      const began = process.hrtime.bigint();
      const run = measure(command, commandArgs, repoDir, env);
      times[c].push(Number(process.hrtime.bigint() - began) / 1e6);
      if (run.code !== 0 && run.code !== 1) throw new Error(`${command} ${commandArgs.join(' ')} failed: ${run.stderr.trim()}`);
      rssMB[c] = Math.max(rssMB[c], run.rssMB);
    });
  }
  return times.map((list, c) => {
    list.sort((a, b) => a - b);
    return { runs, medianMs: Math.round(list[runs >> 1]), minMs: Math.round(list[0]), peakRssMB: rssMB[c] };
  });
}

if (only.has('staged')) {
  // A typical commit of 5 files and 300 added lines, Node start-up included, timed here to the millisecond
  // (/usr/bin/time counts in hundredths): the hook `leakguard install` writes, run as git runs it, with leakguard in
  // the repository's node_modules as a project installs it; then a flag, which goes through the argument parser.
  const text = makeText(prng(3));
  for (let i = 0; i < 5; i++) writeFileSync(join(repoDir, `staged-${i}.ts`), text.code(60));
  mkdirSync(join(repoDir, 'node_modules/.bin'), { recursive: true });
  rmSync(join(repoDir, 'node_modules/.bin/leakguard'), { force: true });
  symlinkSync(cli, join(repoDir, 'node_modules/.bin/leakguard'));
  writeFileSync(join(repoDir, '.git/info/exclude'), 'node_modules/\n');
  rmSync(join(repoDir, '.git/hooks/pre-commit'), { force: true });
  execFileSync('node', [cli, 'install'], { cwd: repoDir, stdio: 'ignore' });
  execFileSync('git', ['add', '.'], { cwd: repoDir });
  const withCerts = { ...benchEnv, NODE_EXTRA_CA_CERTS: extraCerts };
  const [nodeAlone, staged, stagedWithFlag, nodeWithCerts, stagedWithCerts] = medianRunsInTurn([
    { command: 'node', args: ['-e', '0'] },
    { command: join(repoDir, '.git/hooks/pre-commit'), args: [] },
    { command: 'node', args: [cli, 'staged', '--format', 'json'] },
    ...(extraCerts ? [{ command: 'node', args: ['-e', '0'], env: withCerts }, { command: join(repoDir, '.git/hooks/pre-commit'), args: [], env: withCerts }] : []),
  ]);
  execFileSync('git', ['reset', '-q', '--hard'], { cwd: repoDir });
  execFileSync('git', ['clean', '-qfd'], { cwd: repoDir });
  results.staged = { ...staged, nodeAloneMs: nodeAlone.medianMs };
  results.stagedWithFlag = stagedWithFlag;
  rows.push(['staged, the installed hook', '20 runs', `median ${staged.medianMs} ms`, `min ${staged.minMs} ms`, `${staged.peakRssMB} MB`, `Node alone: ${nodeAlone.medianMs} ms`]);
  rows.push(['staged --format json', '20 runs', `median ${stagedWithFlag.medianMs} ms`, `min ${stagedWithFlag.minMs} ms`, `${stagedWithFlag.peakRssMB} MB`, 'flags go through the parser']);
  if (extraCerts) {
    results.stagedWithExtraCerts = { ...stagedWithCerts, nodeAloneMs: nodeWithCerts.medianMs };
    rows.push(['the hook, NODE_EXTRA_CA_CERTS set', '20 runs', `median ${stagedWithCerts.medianMs} ms`, `min ${stagedWithCerts.minMs} ms`, `${stagedWithCerts.peakRssMB} MB`, `Node alone with it: ${nodeWithCerts.medianMs} ms`]);
  }
}

if (only.has('secretlint') && args.secretlint !== 'false') {
  const prefix = join(work, 'secretlint');
  if (!existsSync(join(prefix, 'node_modules/.bin/secretlint'))) {
    mkdirSync(prefix, { recursive: true });
    spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', 'secretlint', '@secretlint/secretlint-rule-preset-recommend'], { stdio: 'ignore' });
  }
  if (existsSync(join(prefix, 'node_modules/.bin/secretlint'))) {
    writeFileSync(join(treeDir, '.secretlintrc.json'), JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    const sl = measure(join(prefix, 'node_modules/.bin/secretlint'), ['**/*', '--format', 'json', '--output', join(work, 'secretlint.json')], treeDir);
    rmSync(join(treeDir, '.secretlintrc.json'));
    const speedup = scan && +(sl.wall / scan.wall).toFixed(1);
    results.secretlint = { wallSeconds: sl.wall, mbPerSecond: +(mb / sl.wall).toFixed(1), peakRssMB: sl.rssMB, ...(speedup && { leakguardSpeedup: speedup }) };
    rows.push(['secretlint, same tree', `${mb.toFixed(0)} MB`, `${sl.wall.toFixed(2)} s`, `${results.secretlint.mbPerSecond} MB/s`, `${sl.rssMB} MB`, speedup ? `leakguard ×${speedup} faster` : '']);
  } else {
    rows.push(['secretlint', 'not installable', '', '', '', '']);
  }
}

const header = ['what', 'input', 'wall', 'rate', 'peak RSS', 'findings / note'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
if (extraCerts) console.log(`\nNODE_EXTRA_CA_CERTS is set here (${extraCerts}); Node ran without it but in the last hook row.`);
results.machine = { cpus: (await import('node:os')).cpus().length, node: process.version, nodeExtraCaCerts: extraCerts ?? null };
writeFileSync(join(work, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults: .bench/results.json`);

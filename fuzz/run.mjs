// npm run fuzz [-- --seconds=600 --seed=1]: random and mutated inputs at the engine, the diff parser, the
// config loader and the baseline reader for a fixed time; reports crashes, broken invariants, slow inputs
// and hangs, each with the input saved in .fuzz/ to replay. Not part of the test suite: it runs for minutes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { inputFor } from './mutate.mjs';

/** An input that takes longer than this is a hang: the worker is stopped and started again past it. */
const HANG_MS = 20_000;
/** Slower than this (ms) for its length is reported as slow: work that grows faster than the input. */
const slowLimit = (length) => 250 + length / 500;

if (isMainThread) await supervise();
else await fuzz(workerData);

async function supervise() {
  const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
  const seconds = Number(args.seconds ?? 60);
  const seed = Number(args.seed ?? Date.now() % 1_000_000);
  const out = join(new URL('..', import.meta.url).pathname, '.fuzz');
  mkdirSync(out, { recursive: true });
  const until = Date.now() + seconds * 1000;
  const report = { seed, seconds, runs: {}, problems: new Map() };
  console.log(`leakguard fuzz: seed ${seed}, ${seconds} s`);
  let start = {};
  while (Date.now() < until) {
    await new Promise((resolve) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { seed, until, start } });
      let current;
      const watchdog = setInterval(() => {
        if (current && Date.now() - current.at > HANG_MS) {
          record(report, out, { kind: 'hang', target: current.target, iteration: current.iteration, message: `no answer in ${HANG_MS / 1000} s` }, seed);
          start = { ...current.next };
          worker.terminate();
        }
      }, 1000);
      worker.on('message', (message) => {
        if (message.kind === 'start') current = { ...message, at: Date.now() };
        else if (message.kind === 'runs') report.runs = message.runs;
        else record(report, out, message, seed);
      });
      worker.on('exit', () => {
        clearInterval(watchdog);
        resolve();
      });
    });
  }
  print(report);
  process.exitCode = [...report.problems.values()].some((p) => p.kind !== 'slow') ? 1 : 0;
}

/** One entry per kind, target and message (numbers aside), with the first input that showed it. */
function record(report, out, problem, seed) {
  const key = `${problem.kind}\0${problem.target}\0${problem.message.replace(/\d+/g, 'N')}`;
  const known = report.problems.get(key);
  if (known) return void known.count++;
  const file = join(out, `${problem.kind}-${report.problems.size + 1}.txt`);
  writeFileSync(file, problem.input ?? replay(problem.target, seed, problem.iteration));
  report.problems.set(key, { ...problem, input: undefined, file, count: 1 });
  console.log(`  ${problem.kind} in ${problem.target} (iteration ${problem.iteration}): ${problem.message}`);
}

function replay(target, seed, iteration) {
  return `replay: --seed=${seed}, target ${target}, iteration ${iteration}`;
}

function print(report) {
  const runs = Object.entries(report.runs).map(([target, n]) => `${target} ${n}`).join(', ');
  console.log(`\nInputs run: ${runs}.`);
  if (report.problems.size === 0) return console.log('No crash, no broken invariant, no hang, nothing slow.');
  for (const p of report.problems.values()) {
    console.log(`${p.kind} in ${p.target}, ${p.count}×: ${p.message}${p.stack ? `\n    ${p.stack}` : ''}\n    first input: ${p.file}`);
  }
}

async function fuzz({ seed, until, start }) {
  const { targets } = await import('./targets.mjs');
  const seeds = new Map(targets.map((target) => [target.name, target.seeds()]));
  const runs = Object.fromEntries(targets.map((target) => [target.name, start[target.name] ?? 0]));
  for (let round = 0; Date.now() < until; round++) {
    const target = targets[round % targets.length];
    const iteration = runs[target.name]++;
    const input = inputFor(seeds.get(target.name), seed + targets.indexOf(target), iteration, target.maxLength);
    parentPort.postMessage({ kind: 'start', target: target.name, iteration, next: runs });
    const began = performance.now();
    try {
      await target.run(input, iteration);
    } catch (error) {
      const stack = String(error?.stack ?? '').split('\n').find((line) => line.includes('/dist/src/'))?.trim();
      parentPort.postMessage({ kind: error?.constructor?.name === 'Broken' ? 'broken' : 'crash', target: target.name, iteration, message: String(error?.message ?? error).split('\n')[0], stack, input });
    }
    const ms = performance.now() - began;
    if (ms > (target.slowMs ?? slowLimit(input.length))) parentPort.postMessage({ kind: 'slow', target: target.name, iteration, message: `${Math.round(ms)} ms for ${input.length} characters`, input });
    if (round % 50 === 0) parentPort.postMessage({ kind: 'runs', runs });
  }
  parentPort.postMessage({ kind: 'runs', runs });
}

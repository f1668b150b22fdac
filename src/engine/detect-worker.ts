import { parentPort, workerData } from 'node:worker_threads';
import { compileRules } from '../ruleset/compile.js';
import type { Fragment, RuleSpec } from '../types.js';
import { detectWithDecoding, type DecodeOptions } from './detect-decoded.js';

const { specs, decode } = workerData as { specs: RuleSpec[]; decode: DecodeOptions };
const ruleset = compileRules(specs);

parentPort!.on('message', ({ id, fragments }: { id: number; fragments: Fragment[] }) => {
  try {
    parentPort!.postMessage({ id, findings: fragments.map((fragment) => detectWithDecoding(fragment, ruleset, decode)) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});

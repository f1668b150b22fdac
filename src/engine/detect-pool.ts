import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Finding, Fragment, RuleSpec } from '../types.js';
import type { DecodeOptions } from './detect-decoded.js';

interface Job {
  resolve(findings: Finding[][]): void;
  reject(error: Error): void;
}

/**
 * Detection on worker threads for large scans: each worker compiles the same rules once, and
 * batches of fragments go to whichever worker has the fewest in flight. Small scans (the pre-commit hook)
 * never start it, so they pay no worker start-up.
 */
export class DetectPool {
  private readonly workers: Array<{ worker: Worker; jobs: Map<number, Job> }> = [];
  private nextId = 0;

  constructor(specs: RuleSpec[], decode: DecodeOptions, size = Math.max(1, availableParallelism())) {
    // Loaded here rather than imported: the bundle would load it at every start, for the hook too.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./detect-worker.js', import.meta.url), { workerData: { specs, decode } });
      const jobs = new Map<number, Job>();
      worker.on('message', ({ id, findings, error }: { id: number; findings?: Finding[][]; error?: string }) => {
        const job = jobs.get(id)!;
        jobs.delete(id);
        if (error === undefined) job.resolve(findings!);
        else job.reject(new Error(error));
      });
      worker.on('error', (error) => {
        for (const job of jobs.values()) job.reject(error);
        jobs.clear();
      });
      this.workers.push({ worker, jobs });
    }
  }

  /** The findings of each fragment of a batch: one message per batch, since messages cost more than small fragments. */
  detect(fragments: Fragment[]): Promise<Finding[][]> {
    const target = this.workers.reduce((least, w) => (w.jobs.size < least.jobs.size ? w : least));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      target.jobs.set(id, { resolve, reject });
      target.worker.postMessage({ id, fragments });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

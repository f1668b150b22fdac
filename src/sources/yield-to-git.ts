import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The lowest priority: such a thread runs on what the others leave of a core. */
const LOWEST = 19;

/**
 * While `git log -p` runs, git is the floor of a history scan's time, and on two cores the threads V8 started
 * with Node (its optimizing compiler, its garbage collector's helpers) took CPU from it. On Linux a thread has
 * a nice value of its own: those threads get the lowest, and the main thread, which reads git's output, keeps
 * its own (measured: 20 runs in turn, the scan/git ratio ×1.45 → ×1.37). Threads started later (the detection
 * workers of a large scan) are started by the main thread and keep its priority. Elsewhere, or where a
 * thread's priority cannot be set, nothing changes.
 */
export function yieldToGit(): void {
  let threads: string[];
  try {
    threads = readdirSync('/proc/self/task');
  } catch {
    return; // not Linux: no per-thread priority to set
  }
  for (const thread of threads) {
    const id = Number(thread);
    if (id === process.pid) continue;
    try {
      setPriority(id, LOWEST);
    } catch {
      // ended since the listing
    }
  }
}

import { availableParallelism } from 'node:os';
import { excludeMatcher } from './config/load-config.js';
import type { ScanContext, ScannedResult } from './config/scan-context.js';
import { DEFAULT_DECODE, detectWithDecoding, type DecodeOptions } from './engine/detect-decoded.js';
import { compileRules, type Ruleset } from './ruleset/compile.js';
import type { Finding, Fragment, RuleSpec, ScanStats, Skip } from './types.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/** Past this much text a scan is large enough to pay for worker threads (~30 ms each to start). */
const POOL_THRESHOLD = 4 * 1024 * 1024;
/**
 * Workers pay only when detection is what holds the scan back: when it took more than this share of the scan's
 * time so far. A file scan detects nearly all the time; a history scan mostly waits for git, and workers would
 * only take cores from it.
 */
const POOL_DETECTION_SHARE = 0.5;
/** A batch for a worker: this many bytes or fragments, whichever comes first. */
const BATCH_BYTES = 512 * 1024;
const BATCH_FRAGMENTS = 256;
/** Batches in flight to the workers at most: bounds memory however large the scan. */
const MAX_IN_FLIGHT = 8;

export type SourceStats = Omit<ScanStats, 'durationMs'>;

/** A source of fragments: files on disk, the staged changes, or history. */
export interface ScanSource {
  fragments(): AsyncIterable<Fragment>;
  readonly stats: SourceStats;
  readonly skips: Skip[];
  /**
   * Told the findings of each fragment, once per fragment and in the order given: those it reports now.
   */
  report?(findings: Finding[]): Finding[];
  /**
   * History: the findings held back until every fragment was read (commits arrive newest first, and the
   * commit that introduced a secret is the last to show it), and how many it holds so far.
   */
  settle?(): Finding[];
  readonly held?: number;
}

/** What a source takes from the config. */
export interface SourceOptions {
  maxFileSize: number;
  isExcluded(path: string): boolean;
}

export interface RunOptions {
  /** Overrides the config's maxFileSize (`--max-file-size`). */
  maxFileSize?: number;
  /** Worker threads for large scans (default: one per core, none on one core). */
  workers?: number;
  /** Called after each fragment with the source's stats and the findings so far (the progress line). */
  onFragment?(stats: SourceStats, findings: number): void;
}

/** What every command shares: the context's rules → source → detect → result, with the context for suppressions. */
export async function runScan(
  context: ScanContext,
  createSource: (options: SourceOptions) => ScanSource,
  options: RunOptions = {},
): Promise<ScannedResult> {
  const started = performance.now();
  const { config } = context;
  const ruleset = compileRules(context.rules);
  const source = createSource({
    maxFileSize: options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    isExcluded: excludeMatcher(config.exclude),
  });
  const detectOptions: DecodeOptions = { ...DEFAULT_DECODE, depth: context.decodeDepth, inlineAllow: context.inlineAllow };
  const findings: Finding[] = [];
  const keep = (found: Finding[]) => {
    for (const finding of source.report ? source.report(found) : found) findings.push(finding);
  };
  const dispatcher = new Dispatcher(ruleset, context.rules, detectOptions, options.workers ?? defaultWorkers());
  try {
    for await (const fragment of source.fragments()) {
      context.scannedPaths.add(fragment.path);
      const found = await dispatcher.detect(fragment);
      if (found) keep(found);
      for (const found of await dispatcher.settled()) keep(found);
      options.onFragment?.(source.stats, findings.length + (source.held ?? 0));
    }
    for (const found of await dispatcher.drain()) keep(found);
    if (source.settle) findings.push(...source.settle());
  } finally {
    await dispatcher.close();
  }
  for (const skip of source.skips) context.scannedPaths.add(skip.path);
  return {
    context,
    findings,
    skips: source.skips,
    rules: ruleset.rules,
    stats: { ...source.stats, durationMs: Math.round(performance.now() - started) },
  };
}

const defaultWorkers = () => (availableParallelism() > 1 ? availableParallelism() : 0);

/**
 * Detects inline until the scan proves large and bound by detection, then on worker threads, handing
 * results back in fragment order (history's "reported once, at its introduction" depends on that order).
 */
class Dispatcher {
  private bytes = 0;
  private readonly started = performance.now();
  private detectionMs = 0;
  private pool: import('./engine/detect-pool.js').DetectPool | undefined;
  private batch: Fragment[] = [];
  private batchBytes = 0;
  private readonly inFlight: Array<Promise<Finding[][]>> = [];

  constructor(
    private readonly ruleset: Ruleset,
    private readonly specs: RuleSpec[],
    private readonly options: DecodeOptions,
    private readonly workers: number,
  ) {}

  /** Findings of this fragment now when detected inline; undefined when it went to a worker (see settled). */
  async detect(fragment: Fragment): Promise<Finding[] | undefined> {
    this.bytes += fragment.text.length;
    if (!this.pool && this.workers > 0 && this.bytes > POOL_THRESHOLD && this.boundByDetection()) {
      const { DetectPool } = await import('./engine/detect-pool.js');
      this.pool = new DetectPool(this.specs, this.options, this.workers);
    }
    if (!this.pool) {
      const start = performance.now();
      const findings = detectWithDecoding(fragment, this.ruleset, this.options);
      this.detectionMs += performance.now() - start;
      return findings;
    }
    this.batch.push(fragment);
    this.batchBytes += fragment.text.length;
    if (this.batchBytes >= BATCH_BYTES || this.batch.length >= BATCH_FRAGMENTS) this.send();
    return undefined;
  }

  /** Results that must be taken now to keep the number in flight bounded, oldest first. */
  async settled(): Promise<Finding[][]> {
    const done: Finding[][] = [];
    while (this.inFlight.length > MAX_IN_FLIGHT) done.push(...(await this.inFlight.shift()!));
    return done;
  }

  async drain(): Promise<Finding[][]> {
    if (this.batch.length) this.send();
    const done = (await Promise.all(this.inFlight)).flat();
    this.inFlight.length = 0;
    return done;
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }

  private boundByDetection(): boolean {
    return this.detectionMs > (performance.now() - this.started) * POOL_DETECTION_SHARE;
  }

  private send(): void {
    this.inFlight.push(this.pool!.detect(this.batch));
    this.batch = [];
    this.batchBytes = 0;
  }
}

import { formatBytes } from './report/text.js';

/** What a scan tells its progress display as it goes. */
export interface ProgressSink {
  /** How many files or commits the whole scan holds, once that is known. */
  total(count: number): void;
  /** Done so far: files or commits, bytes scanned, secrets found. */
  update(done: number, bytes: number, findings: number): void;
}

export interface ProgressState {
  unit: 'files' | 'commits';
  done: number;
  total?: number;
  bytes: number;
  findings: number;
  elapsedMs: number;
}

/** `12,345`. Counts are integers; an `Intl.NumberFormat` would cost every run ~15 ms to build. */
const thousands = (count: number) => String(count).replace(/\B(?=(\d{3})+$)/g, ',');
const SETTLED_MS = 1000;

/** `m:ss`, or `h:mm:ss` past an hour. */
function clock(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const mmss = `${h ? String(m).padStart(2, '0') : m}:${String(s).padStart(2, '0')}`;
  return h ? `${h}:${mmss}` : mmss;
}

/** One line: done of total (or done and the rate, when the total is unknown), bytes, secrets, elapsed, estimate. */
export function progressText(state: ProgressState): string {
  const { unit, done, total, bytes, findings, elapsedMs } = state;
  const noun = total === undefined && done === 1 ? unit.slice(0, -1) : unit;
  const parts = [
    total === undefined ? `${thousands(done)} ${noun}` : `${thousands(done)}/${thousands(total)} ${unit}`,
    formatBytes(bytes),
    `${thousands(findings)} ${findings === 1 ? 'secret' : 'secrets'}`,
    `${clock(elapsedMs)} elapsed`,
  ];
  // In its first second a scan has not yet settled to a rate worth projecting.
  if (elapsedMs < SETTLED_MS) return parts.join(' · ');
  if (total !== undefined && done > 0 && done < total) parts.push(`~${clock((elapsedMs * (total - done)) / done)} left`);
  if (total === undefined) parts.push(`${thousands(Math.round(done / (elapsedMs / 1000)))} ${unit}/s`);
  return parts.join(' · ');
}

/** Redrawing more often than this only costs time and flickers. */
const REDRAW_MS = 250;

/**
 * The progress line on a terminal's stderr: redrawn in place a few times a second, cleared at the end so
 * that the report and any error start on a clean line. A job smaller than `showFrom` is never drawn.
 */
export class ProgressLine implements ProgressSink {
  private readonly started = performance.now();
  private lastDraw = -Infinity;
  private drawn = false;
  private knownTotal: number | undefined;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly unit: ProgressState['unit'],
    private readonly showFrom = 0,
  ) {}

  total(count: number): void {
    this.knownTotal = count;
  }

  update(done: number, bytes: number, findings: number): void {
    const now = performance.now();
    if (now - this.lastDraw < REDRAW_MS || (this.knownTotal ?? Infinity) < this.showFrom) return;
    this.lastDraw = now;
    const text = progressText({ unit: this.unit, done, total: this.knownTotal, bytes, findings, elapsedMs: now - this.started });
    const width = (this.stream.columns || 80) - 1;
    this.stream.write(`\r${text.slice(0, width)}\x1b[K`);
    this.drawn = true;
  }

  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
  }
}

export interface ProgressWish {
  format: string;
  quiet?: boolean;
}

/** A person is watching: a text report, not --quiet, stderr a terminal that can erase a line, not a CI job. */
export function progressWanted(wish: ProgressWish, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const inCi = env.CI !== undefined && !['', '0', 'false'].includes(env.CI.toLowerCase());
  return wish.format === 'text' && !wish.quiet && Boolean(stream.isTTY) && env.TERM !== 'dumb' && !inCi;
}

/** Runs a scan with a progress line on stderr when one is wanted, and always clears it, also on an error. */
export async function withProgress<T>(
  wish: ProgressWish,
  unit: ProgressState['unit'],
  showFrom: number,
  scan: (progress: ProgressSink | undefined) => Promise<T>,
): Promise<T> {
  const line = progressWanted(wish, process.stderr, process.env) ? new ProgressLine(process.stderr, unit, showFrom) : undefined;
  try {
    return await scan(line);
  } finally {
    line?.finish();
  }
}

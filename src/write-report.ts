import { writeFileSync } from 'node:fs';
import { ScanError } from './errors.js';
import { reporters } from './report/index.js';
import type { ScanResult } from './types.js';

export interface OutputOptions {
  format: string;
  output?: string;
  showSecrets: boolean;
  /** The user's colour wish; colour is also off when writing to a file or a pipe. */
  color: boolean;
  /** Findings only (see ReportOptions). */
  quiet?: boolean;
}

export function writeReport(result: ScanResult, options: OutputOptions): void {
  const render = reporters[options.format];
  if (!render) throw new ScanError(`unknown format "${options.format}"`, `use one of: ${Object.keys(reporters).join(', ')}`);
  const color = options.color && !options.output && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  writeOutput(render(result, { color, showSecrets: options.showSecrets, quiet: options.quiet }), options.output);
}

/** A report to `output`, or to stdout when there is none. */
export function writeOutput(report: string, output: string | undefined): void {
  if (output) {
    try {
      writeFileSync(output, report);
    } catch (error) {
      throw new ScanError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  } else {
    process.stdout.write(report);
  }
}

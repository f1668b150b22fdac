import { readFileSync } from 'node:fs';
import { ScanError } from './errors.js';

/** A whole file as UTF-8 text; one that cannot be read is an error naming it. */
export function readWholeFile(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ScanError(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, 'check the path');
  }
}

/** JSON from a file; the parser's own message is left out because it quotes the text, which may hold secrets. */
export function parseJsonText(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ScanError(`${file}: ${what} is not valid JSON`, 'check that the file is complete and was not edited by hand');
  }
}

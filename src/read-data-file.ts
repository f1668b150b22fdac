import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { ScanError } from './errors.js';
import { MAX_FILE_SIZE_LIMIT } from './sources/read-text.js';

/**
 * A whole file as UTF-8 text; one that cannot be read is an error naming it. Only a regular file of at
 * most 256 MiB: a config can name any path in `extends`, and /dev/zero or a FIFO would never end.
 */
export function readWholeFile(file: string, what: string): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new ScanError(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, 'check the path');
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ScanError(`cannot read ${what} ${file}: not a regular file`, 'check the path');
    if (stat.size > MAX_FILE_SIZE_LIMIT) throw new ScanError(`cannot read ${what} ${file}: larger than ${MAX_FILE_SIZE_LIMIT} bytes`, 'check the path');
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
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

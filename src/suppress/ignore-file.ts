import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWholeFile } from '../read-data-file.js';
import { ConfigError, ScanError } from '../errors.js';

export const IGNORE_NAME = '.leakguardignore';
export const FINGERPRINT = /^[0-9a-f]{24}$/;

export function findIgnoreFile(dirs: readonly string[]): string | undefined {
  return dirs.map((dir) => join(dir, IGNORE_NAME)).find((file) => existsSync(file));
}

/** The fingerprints of an ignore file: one per line, each with an optional `# reason`. */
export function readIgnoreFile(file: string): Set<string> {
  const fingerprints = new Set<string>();
  readWholeFile(file, 'ignore file')
    .split(/\r?\n/)
    .forEach((line, index) => {
      const value = line.replace(/#.*/, '').trim();
      if (value === '') return;
      // The line is not echoed: a secret pasted here by mistake must not reach a CI log.
      if (!FINGERPRINT.test(value)) {
        throw new ConfigError(`${file}:${index + 1}: expected a fingerprint (24 hex characters, as in a report) and an optional # reason`);
      }
      fingerprints.add(value);
    });
  return fingerprints;
}

/** Appends the fingerprints the file does not hold yet, leaving its lines as they are; returns those added. */
export function appendToIgnoreFile(file: string, fingerprints: readonly string[], reason?: string): string[] {
  const before = existsSync(file) ? readWholeFile(file, 'ignore file') : '';
  const present = existsSync(file) ? readIgnoreFile(file) : new Set<string>();
  const added = [...new Set(fingerprints)].filter((fingerprint) => !present.has(fingerprint));
  if (added.length === 0) return added;
  const note = reason ? `  # ${reason.replace(/\s+/g, ' ').trim()}` : '';
  const separator = before === '' || before.endsWith('\n') ? '' : '\n';
  try {
    writeFileSync(file, `${before}${separator}${added.map((fingerprint) => `${fingerprint}${note}\n`).join('')}`);
  } catch (error) {
    throw new ScanError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, 'check the folder is writable');
  }
  return added;
}

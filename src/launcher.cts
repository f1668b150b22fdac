#!/usr/bin/env node
/*
 * The command's entry point: it runs the program bundle beside it (cli.cjs) compiled with V8's code cache.
 * Node compiles a whole bundle before running a line of it, and a pre-commit hook runs the command on every
 * commit: with the cache, compiling is reading back code that an earlier run compiled (~20 ms of a hook's
 * ~150 ms, measured). The first run, or a run under another Node version, writes the cache as it exits.
 *
 * The cache sits beside the program, where only who can change the program can change it; it is not read from
 * a shared folder such as /tmp, where another user could plant code. V8 checks a cache against its own version
 * and flags but of the source only its length, so the cache's name holds a hash of the program (set by the build).
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';

declare const PROGRAM_HASH: string;

const program = join(__dirname, 'cli.cjs');
const cacheFile = join(__dirname, `cli.${PROGRAM_HASH}.code-cache`);

const cachedData = readCache();
// The wrapper Node's own loader puts around a CommonJS module, on the program's first line.
const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(program, 'utf8')}\n})`;
const script = new Script(wrapped, { filename: program, ...(cachedData && { cachedData }) });
// Written at exit, so that it holds the functions this run compiled as well as the top level.
if (cachedData === undefined || script.cachedDataRejected) process.once('exit', writeCache);
const programModule = { exports: {} };
// The launcher's own require: it resolves from the program's folder, the one they share.
script.runInThisContext()(programModule.exports, require, programModule, program, __dirname);

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined; // not made yet: this run makes it
  }
}

function writeCache(): void {
  // Through a file of this process's own, renamed into place: hooks running at once never read half a cache.
  const partial = `${cacheFile}.${process.pid}`;
  let fd: number;
  try {
    fd = openSync(partial, 'wx');
  } catch {
    return; // a read-only install (a global one, say) runs without the cache, and pays nothing to make one
  }
  try {
    try {
      writeFileSync(fd, script.createCachedData());
    } finally {
      closeSync(fd);
    }
    renameSync(partial, cacheFile);
  } catch {
    rmSync(partial, { force: true }); // not written whole, or not put in place: this run leaves none
  }
}

import { resolve } from 'node:path';
import { DEFAULT_DECODE } from '../engine/detect-decoded.js';
import { workTreeTop } from '../sources/git.js';
import type { Confidence, RuleSpec, ScanResult } from '../types.js';
import { loadConfig, type Config } from './load-config.js';
import { selectRules } from './select-rules.js';

/** What a scan ran under, for the stages after detection (allow list, ignore file, baseline). */
export interface ScanContext {
  /** Absolute folder that finding paths are relative to. */
  root: string;
  /** Where the config, baseline and ignore file are looked for: the root, then the git top level. */
  dirs: string[];
  config: Config;
  /** The rules that ran. */
  rules: RuleSpec[];
  inlineAllow: boolean;
  /** Layers of encoding detection looks through (`--decode-depth`; 0 turns decoding off). */
  decodeDepth: number;
  /** Every path the scan looked at, read or skipped, relative to the root. */
  scannedPaths: Set<string>;
}

export type ScannedResult = ScanResult & { context: ScanContext };

export interface ContextOptions {
  cwd: string;
  configFile?: string;
  /** Honour allow comments (default true). */
  inlineAllow?: boolean;
  decodeDepth?: number;
  /** `--min-confidence`, over the config's `minConfidence`. */
  minConfidence?: Confidence;
}

/** `top`: the work tree's top folder when the caller knows it already (one git process fewer). */
export async function scanContext(root: string, options: ContextOptions, top?: string): Promise<ScanContext> {
  top ??= await workTreeTop(root);
  const dirs = top && top !== root ? [root, top] : [root];
  const loaded = await loadConfig(dirs, options.configFile && resolve(options.cwd, options.configFile));
  const config = options.minConfidence ? { ...loaded, minConfidence: options.minConfidence } : loaded;
  return { root, dirs, config, rules: selectRules(config), inlineAllow: options.inlineAllow ?? true, decodeDepth: options.decodeDepth ?? DEFAULT_DECODE.depth, scannedPaths: new Set() };
}

import { asciiCodes } from '../engine/ascii-codes.js';
import { checksums } from '../engine/checksums.js';
import { KeywordEnds } from '../engine/keyword-ends.js';
import { KeywordMatcher } from '../engine/keyword-matcher.js';
import { RuleError } from '../errors.js';
import { patternShape } from './pattern-shape.js';
import { compileRegex } from './regex-safety.js';
import type { Rule, RuleSpec } from '../types.js';

/** Which rules must run on a text, and where their keywords are in it. */
export interface Candidates {
  /** One byte per rule: 1 where the rule must run on `text` (a keyword is present, or it has none). */
  hit: Uint8Array;
  /** By rule, where its keywords end in `text`; valid until the next call of `candidates`. */
  keywordEnds: KeywordEnds;
}

export interface Ruleset {
  rules: Rule[];
  candidates(text: string): Candidates;
  /** How much a rule's finding is to be believed over another's on the same text. */
  rank(ruleId: string): number;
  /** Whether a rule of this id is in the set (a standalone function, safe to pass around). */
  has(id: string): boolean;
}

export const CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 } as const;

export function compileRule(spec: RuleSpec): Rule {
  let regex: RegExp;
  try {
    // Built-in rules are checked by the tests, a user's by `checkRule` when their file is read.
    regex = compileRegex(spec.pattern, `gd${spec.flags ?? ''}`, { now: false });
  } catch (error) {
    throw new RuleError(`rule ${spec.id}${where(spec)}: pattern does not compile: ${(error as Error).message}`);
  }
  let reach: number | undefined;
  return {
    id: spec.id,
    description: spec.description,
    keywords: spec.keywords.map((k) => k.toLowerCase()),
    regex,
    entropy: spec.entropy ?? 0,
    confidence: spec.confidence ?? 'high',
    checksum: spec.checksum === undefined ? undefined : checksums[spec.checksum],
    rotate: spec.rotate,
    tags: spec.tags ?? [],
    // Worked out when the rule first has a keyword in a text: most rules never do in a hook's commit.
    get reach() {
      reach ??= reachOf(spec.pattern, spec.keywords);
      return reach;
    },
  };
}

/**
 * How far around a keyword a rule's matches lie, when every match holds one; else Infinity, and the rule runs
 * on the whole text wherever a keyword occurs (a keyword that only says a secret is near: `braintree` for a
 * `private_key=` a line below). Infinity too for a pattern the analysis cannot read.
 */
function reachOf(pattern: string, keywords: readonly string[]): number {
  try {
    const shape = patternShape(pattern, keywords);
    return shape.keywordInMatch ? shape.maxLength : Infinity;
  } catch {
    return Infinity;
  }
}

export function compileRules(specs: readonly RuleSpec[]): Ruleset {
  const rules = specs.map(compileRule);
  const matcher = new KeywordMatcher(rules.map((rule) => rule.keywords));
  const keywordless = rules.flatMap((rule, index) => (rule.keywords.length === 0 ? [index] : []));
  // A provider's rule beats a generic one of the same confidence: it knows what the secret is.
  const ranks = new Map(rules.map((rule) => [rule.id, CONFIDENCE_RANK[rule.confidence] * 2 + (rule.tags.includes('generic') ? 0 : 1)]));
  const ids = new Set(rules.map((rule) => rule.id));
  // One for the ruleset: detection is synchronous, and reads each text's ends before the next text's.
  const keywordEnds = new KeywordEnds(rules.length);
  return {
    rules,
    has: (id) => ids.has(id),
    candidates(text) {
      const hit = new Uint8Array(rules.length);
      for (const index of keywordless) hit[index] = 1;
      keywordEnds.reset();
      matcher.scan(asciiCodes(text), hit, keywordEnds);
      return { hit, keywordEnds };
    },
    rank: (ruleId) => ranks.get(ruleId) ?? 0,
  };
}

const where = (spec: RuleSpec) => (spec.source ? ` (${spec.source})` : '');

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectWithDecoding } from '../../src/engine/detect-decoded.js';
import { redact } from '../../src/report/redact.js';
import { reporters } from '../../src/report/index.js';
import { compileRules } from '../../src/ruleset/compile.js';
import { loadBuiltinRules } from '../../src/ruleset/load-rules.js';
import type { Finding, Fragment } from '../../src/types.js';
import { fillerLine, lineEnding, secretLine } from '../helpers/arbitraries.js';
import { expectNoSecret } from '../helpers/secrets.js';

const ruleset = compileRules(loadBuiltinRules());

interface Planted {
  key: string;
  /** 0-based line of the text, and 1-based column. */
  line: number;
  column: number;
}

/** A line of filler, or one or two planted keys with what a file puts around them. */
const line = fc.oneof(
  fillerLine.map((text) => ({ text, keys: [] as Array<{ key: string; at: number }> })),
  fc.array(secretLine, { minLength: 1, maxLength: 2 }).map((parts) => {
    let text = '';
    const keys: Array<{ key: string; at: number }> = [];
    for (const part of parts) {
      if (text) text += ' ';
      text += part.before;
      keys.push({ key: part.key, at: text.length });
      text += part.key + part.after;
    }
    return { text, keys };
  }),
);

/** A file of those lines, each ended by \n or \r\n (the last maybe by nothing), and where the keys are. */
const file = fc.tuple(fc.array(fc.tuple(line, lineEnding), { maxLength: 25 }), fc.boolean()).map(([lines, endsWithNewline]) => {
  const planted: Planted[] = [];
  const text = lines
    .map(([{ text: content, keys }, ending], index) => {
      for (const { key, at } of keys) planted.push({ key, line: index, column: at + 1 });
      return index < lines.length - 1 || endsWithNewline ? content + ending : content;
    })
    .join('');
  return { text, planted };
});

const scan = (fragment: Fragment) => detectWithDecoding(fragment, ruleset);
const locate = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.column} ${f.secret}`).sort();
const SETTINGS = { numRuns: 200 };

describe('properties of detection on random files', () => {
  it('finds every planted key at its true line and column, with any line endings', () => {
    fc.assert(
      fc.property(file, fc.integer({ min: 1, max: 5000 }), ({ text, planted }, startLine) => {
        const found = locate(scan({ path: 'f', text, startLine }));
        for (const key of planted) expect(found).toContain(`${startLine + key.line}:${key.column} ${key.key}`);
      }),
      SETTINGS,
    );
  });

  it('maps lines through a diff fragment’s line numbers', () => {
    fc.assert(
      fc.property(file, fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 30, maxLength: 30 }), ({ text, planted }, gaps) => {
        const lineMap = gaps.reduce<number[]>((numbers, gap) => [...numbers, (numbers.at(-1) ?? 0) + gap], []);
        const found = locate(scan({ path: 'f', text, startLine: lineMap[0]!, lineMap }));
        for (const key of planted) expect(found).toContain(`${lineMap[key.line]}:${key.column} ${key.key}`);
      }),
      SETTINGS,
    );
  });

  it('gives the same fingerprints when lines are inserted anywhere', () => {
    const insertions = fc.array(fc.tuple(fc.nat(), fillerLine), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(file, insertions, ({ text }, inserted) => {
        const lines = text.split('\n');
        for (const [at, filler] of inserted) lines.splice(at % (lines.length + 1), 0, filler);
        const before = scan({ path: 'f', text, startLine: 1 }).map((f) => f.fingerprint);
        const after = scan({ path: 'f', text: lines.join('\n'), startLine: 1 }).map((f) => f.fingerprint);
        expect(after.sort()).toEqual(before.sort());
      }),
      SETTINGS,
    );
  });

  it('shows no planted key in any report format, two to a line or not', () => {
    fc.assert(
      fc.property(file, ({ text, planted }) => {
        const findings = scan({ path: 'f', text, startLine: 1 });
        const result = { findings, stats: { files: 1, bytes: text.length, skipped: 0, durationMs: 0 }, skips: [], rules: ruleset.rules };
        const output = Object.values(reporters).map((render) => render(result, { color: false, showSecrets: false }));
        expectNoSecret(output.join('\n'), planted.map((key) => key.key));
      }),
      { numRuns: 100 },
    );
  });

  it('redacts any string to at most a quarter of it, four characters at most', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), (secret) => {
        const shown = redact(secret);
        expect(shown.endsWith('…')).toBe(true);
        const kept = shown.slice(0, -1);
        expect(secret.startsWith(kept)).toBe(true);
        expect(kept.length).toBeLessThanOrEqual(Math.min(4, secret.length / 4));
      }),
    );
  });
});

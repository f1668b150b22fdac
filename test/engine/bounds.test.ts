import { describe, expect, it } from 'vitest';
import { detectWithDecoding } from '../../src/engine/detect-decoded.js';
import { MAX_FINDINGS_PER_RULE } from '../../src/engine/detect.js';
import { compileRules } from '../../src/ruleset/compile.js';
import { loadBuiltinRules } from '../../src/ruleset/load-rules.js';
import { fixtureValues } from '../helpers/secrets.js';

const keys = fixtureValues('keys.env');
const ruleset = compileRules(loadBuiltinRules());
const scan = (text: string) => detectWithDecoding({ path: 'f', text, startLine: 1 }, ruleset);
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('the work per fragment is bounded, and nothing is lost to the bounds that matters', () => {
  it('reports at most the cap of one rule in a fragment, and shows none of its lines then', () => {
    const findings = scan(Array.from({ length: 3000 }, () => `"${keys.AWS}"`).join(','));
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(findings.every((f) => f.lineText === '')).toBe(true);
  });

  it('still finds a key after thousands of placeholders the same rule matched', () => {
    const placeholders = Array.from({ length: 5000 }, () => 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx').join('\n');
    expect(scan(`${placeholders}\nGITHUB_TOKEN=${keys.GITHUB}\n`).map((f) => `${f.line} ${f.ruleId}`)).toEqual(['5001 github-pat']);
  });

  it('honours an allow comment anywhere on a minified line, also for a key decoded far from it', () => {
    const filler = 'var a=1;'.repeat(500);
    const line = `var t="${b64(`GITHUB_TOKEN=${keys.GITHUB}`)}";${filler}// leakguard:allow test bundle`;
    expect(scan(line)).toEqual([]);
    expect(scan(line.replace('leakguard:allow', 'nothing')).map((f) => `${f.ruleId} ${f.decoded}`)).toEqual(['github-pat base64']);
  });
});

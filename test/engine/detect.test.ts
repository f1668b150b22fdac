import { describe, expect, it } from 'vitest';
import { detect } from '../../src/engine/detect.js';
import { compileRules } from '../../src/ruleset/compile.js';
import { loadBuiltinRules } from '../../src/ruleset/load-rules.js';

const ruleset = compileRules(loadBuiltinRules());
const ruleIds = (text: string) => detect({ path: 'x', text, startLine: 1 }, ruleset).map((f) => f.ruleId);

describe('detect with the whole catalogue', () => {
  it('prefers a provider rule over a generic one of the same confidence on the same text', () => {
    // the value is assembled so that this file holds no literal key
    const value = ['vCOJSnobagX5DIfO', 'npCBDAkWTGhWiOal'].join('');
    expect(ruleIds(`MISTRAL_API_KEY=${value}`)).toEqual(['mistral-api-key']);
    expect(ruleIds(`SOME_SERVICE_KEY=${value}`)).toEqual(['generic-secret-assignment']);
  });

  it('reports every rule example under its own rule, not another provider', () => {
    const offenders: string[] = [];
    for (const spec of loadBuiltinRules()) {
      for (const example of spec.examples) {
        const found = ruleIds(example);
        if (!found.includes(spec.id)) offenders.push(`${spec.id}: ${found.join(',') || 'nothing'}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

// Part of `npm run build`: parses rules/*.yaml once into dist/rules.json.
import { buildRulesCache } from '../dist/src/ruleset/load-rules.js';

console.log(`leakguard: ${buildRulesCache()} rules compiled into dist/rules.json`);

// Part of `npm run build`: parses rules/*.yaml once into dist/rules.json.
import { buildRulesCache } from '../dist/src/ruleset/load-rules.js';

buildRulesCache();

// Part of `npm run build`, before the compiler: turns the JSON schemas in schema/ into validating code
// (Ajv's standalone mode), so that reading a config or a baseline does not load and run a schema compiler
// on every start of a pre-commit hook. The output is generated, ignored by git, and rebuilt every build.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const names = ['config', 'baseline'];

// verbose: messages quote the schema of the failing key.
const ajv = new Ajv({ allErrors: false, verbose: true, allowUnionTypes: true, code: { source: true, esm: true } });
for (const name of names) ajv.addSchema(JSON.parse(readFileSync(join(root, 'schema', `${name}.schema.json`), 'utf8')), name);
const code = standalone.default(ajv, Object.fromEntries(names.map((name) => [name, name])));

// The code calls Ajv's small runtime helpers (a string's length in code points) with require(), which an
// ES module does not have: each becomes an import.
const helpers = new Map();
const body = code.replace(/^"use strict";/, '').replace(/require\("([^"]+)"\)/g, (_, path) => {
  if (!helpers.has(path)) helpers.set(path, `ajvHelper${helpers.size}`);
  return helpers.get(path);
});
const imports = [...helpers].map(([path, name]) => `import ${name} from '${path}.js';\n`).join('');
const header = `// Generated from schema/*.schema.json by scripts/build-validators.mjs on every build; do not edit.\n// @ts-nocheck\n`;
writeFileSync(join(root, 'src', 'config', 'schema-validators.generated.ts'), `${header}${imports}${body}\n`);

import type { ErrorObject, ValidateFunction } from 'ajv';
import * as validators from './schema-validators.generated.js';

/** The JSON schemas shipped in schema/: the single source of truth for the files they describe. */
export type SchemaName = 'config' | 'baseline';

export type KeyPath = (string | number)[];

/** The first way a value breaks a schema: where (a key path) and what is expected, as a sentence. */
export interface SchemaProblem {
  path: KeyPath;
  message: string;
}

/** Checked by code the build generates from the schemas (scripts/build-validators.mjs). */
export function schemaProblem(name: SchemaName, data: unknown): SchemaProblem | undefined {
  const validate = validators[name] as ValidateFunction;
  if (validate(data)) return undefined;
  return describeError(validate.errors![0]!);
}

/** `rules.disable[1]`, `allow[0].paths`: how a key path reads in a message. */
export function keyLabel(path: KeyPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

function describeError(error: ErrorObject): SchemaProblem {
  const path = error.instancePath.split('/').slice(1).map(unescapePointer);
  const at = path.length ? `"${keyLabel(path)}"` : 'the top level';
  const schema = error.parentSchema as Schema;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(schema.properties ?? {}).join(', ');
      return { path: [...path, key], message: `unknown key "${key}"${path.length ? ` in ${at}` : ''} (known: ${known})` };
    }
    case 'required':
      return { path, message: `${at} needs "${(error.params as { missingProperty: string }).missingProperty}"` };
    case 'anyOf':
      return { path, message: `${at} needs one of ${alternatives(schema.anyOf ?? [])}` };
    default:
      return { path, message: `${at} must be ${describe(schema)}` };
  }
}

interface Schema {
  type?: string | string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  properties?: Record<string, Schema>;
  anyOf?: Schema[];
  required?: string[];
}

/** What a schema expects, in words: "a list of strings", "one of high, medium, low". */
function describe(schema: Schema): string {
  if (schema.enum) return `one of ${schema.enum.join(', ')}`;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  return [schema.type ?? 'any']
    .flat()
    .map((type) => {
      if (type === 'array') return schema.items?.type === 'string' ? 'a list of strings' : 'a list';
      if (type === 'integer') return wholeNumber(schema);
      if (type === 'string' && schema.pattern) return `a string matching ${schema.pattern}`;
      if (type === 'string') return schema.minLength ? 'a non-empty string' : 'a string';
      if (type === 'object') return 'a mapping';
      return `a ${type}`;
    })
    .join(' or ');
}

function wholeNumber({ minimum, maximum }: Schema): string {
  if (minimum !== undefined && maximum !== undefined) return `a whole number from ${minimum} to ${maximum}`;
  return minimum === undefined ? 'a whole number' : `a whole number of at least ${minimum}`;
}

const alternatives = (branches: Schema[]) => branches.map((branch) => branch.required?.map((key) => `"${key}"`).join(' and ')).join(', ');

const unescapePointer = (segment: string): string | number =>
  /^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * Reading an operation's JSON Schema (as the OpenAPI document gives it) for the hostile-request tests: a
 * plausible sample of its shape, its fields to a few levels, and a sample with one field replaced.
 */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

/** Plausible values for path parameters the document cannot guess (an existing workout's id, say). */
export type KnownValues = Record<string, string>;

export function typesOf(schema: JsonSchema): Set<string> {
  if (schema.const !== undefined || schema.enum) {
    return new Set((schema.enum ?? [schema.const]).map((value) => (value === null ? 'null' : typeof value)));
  }
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return new Set(variants.flatMap((variant) => [...typesOf(variant)]));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return new Set(types.map((type) => (type === 'integer' ? 'number' : type)));
}

/** A value of the schema's shape, plausible enough that a request fails only where it is broken. */
export function sampleOf(schema: JsonSchema, known: KnownValues = {}, name = ''): unknown {
  if (name in known) return known[name];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (variant) return sampleOf(variant, known, name);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const sample: Record<string, unknown> = {};
      for (const key of schema.required ?? []) {
        const property = schema.properties?.[key];
        if (property) sample[key] = sampleOf(property, known, key);
      }
      return sample;
    }
    case 'array':
      return schema.items && (schema.minItems ?? 0) > 0 ? [sampleOf(schema.items, known)] : [];
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum ?? 0) + 1;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      if (schema.format === 'uuid') return '3f0e8a52-6c1d-4b7e-9a3f-2d5c8e1b7a40';
      if (schema.format === 'date') return '2026-03-09';
      if (schema.format === 'date-time') return '2026-03-09T08:00:00.000Z';
      if (schema.format === 'email') return 'someone.else@example.org';
      return 'Sample Value';
  }
}

export interface Field {
  path: (string | number)[];
  schema: JsonSchema;
}

/** Every field of a body schema down to a few levels: object properties and an array's first item. */
export function fieldsOf(schema: JsonSchema, path: (string | number)[] = [], depth = 0): Field[] {
  if (depth > 4) return [];
  const fields: Field[] = path.length > 0 ? [{ path, schema }] : [];
  // A field of several shapes is tried as a whole; its parts, as in the sample, by its first shape.
  const shape = (!schema.type && (schema.oneOf?.[0] ?? schema.anyOf?.[0])) || schema;
  for (const [key, property] of Object.entries(shape.properties ?? {})) {
    fields.push(...fieldsOf(property, [...path, key], depth + 1));
  }
  if (shape.items) fields.push(...fieldsOf(shape.items, [...path, 0], depth + 1));
  return fields;
}

export function objectsOf(schema: JsonSchema, path: (string | number)[] = [], depth = 0): Field[] {
  return [{ path, schema }, ...fieldsOf(schema, path, depth)].filter(
    (field) => typesOf(field.schema).has('object') && field.schema.properties,
  );
}

/** The sample with the value at `path` replaced (or, with `remove`, taken out); the sample is not changed. */
export function withValueAt(
  sample: unknown,
  path: (string | number)[],
  value: unknown,
  remove = false,
): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(sample)
    ? [...sample]
    : typeof sample === 'object' && sample !== null
      ? { ...sample }
      : typeof head === 'number'
        ? []
        : {};
  const record = container as Record<string | number, unknown>;
  if (rest.length === 0 && remove) delete record[head];
  else record[head] = withValueAt(record[head], rest, value);
  return container;
}

export function valueAt(sample: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined,
    sample,
  );
}

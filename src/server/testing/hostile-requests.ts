import fc from 'fast-check';
import {
  fieldsOf,
  type JsonSchema,
  type KnownValues,
  objectsOf,
  sampleOf,
  typesOf,
  valueAt,
  withValueAt,
} from './json-schema-samples.ts';

export type { JsonSchema, KnownValues } from './json-schema-samples.ts';

/**
 * Hostile requests for every operation of an OpenAPI document, made from the document itself: a route
 * added later is covered without anyone listing it. Each request breaks its operation's contract in one
 * place (a wrong type, a missing or extra field, a huge string, deep nesting, a `__proto__` key, NUL or
 * invalid UTF-8, an extreme date or number) on top of a plausible rest, so it probes one check at a time.
 * Every request is refused by a correct server; none can change anything. Deterministic: the few random
 * values come from fast-check with fixed seeds.
 */

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
}

export interface HostileRequest {
  /** What is broken, for a failure message: "POST /api/workouts body.painBefore = null". */
  label: string;
  method: string;
  /** Path and query, already percent-encoded where it should be (and deliberately not where not). */
  target: string;
  headers: Record<string, string>;
  body?: Buffer;
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

/** 3000 levels of arrays: deeper than any schema, shallow enough for JSON.parse. */
const DEEP_ARRAY = JSON.parse(`${'['.repeat(3000)}${']'.repeat(3000)}`) as unknown;

/** Under the 100 KiB body limit, so it reaches the schema; far over any field's length. */
const HUGE = 'x'.repeat(60_000);

/** Strings that are wrong for almost every string field, or dangerous wherever they land. */
const HOSTILE_STRINGS = [
  '',
  HUGE,
  '\u0000',
  'a\u0000b',
  '\ud800',
  '😀'.repeat(5000),
  '0000-01-01',
  '9999-12-31',
  '+275760-09-13',
  '-271821-04-20',
  '2026-02-30',
  '2026-13-01',
  '2026-03-09T25:61:00Z',
  '1e999',
  'NaN',
  '__proto__',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '../../../../etc/passwd',
];

/** Numbers at and past every edge a field might have. */
const HOSTILE_NUMBERS = [-1, 1.5, 1e308, -1e308, 2 ** 53 + 2, -(2 ** 31) - 1, 2 ** 31];

/** One value of each JSON type; those of the field's own type are left out where they could be valid. */
const OF_EACH_TYPE: { type: string; value: unknown }[] = [
  { type: 'null', value: null },
  { type: 'boolean', value: true },
  { type: 'number', value: 42 },
  { type: 'string', value: 'text' },
  { type: 'array', value: [] },
  { type: 'array', value: [null, 1, 'two'] },
  { type: 'object', value: {} },
  { type: 'object', value: { unexpected: 1 } },
];

/** The values a field of this schema is tried with: other types, extremes of its own type, seeded noise. */
function hostileValuesFor(schema: JsonSchema, seed: number): unknown[] {
  const own = typesOf(schema);
  const isFreeText = own.has('string') && !schema.enum && schema.const === undefined;
  const values: unknown[] = OF_EACH_TYPE.filter(({ type }) => !own.has(type)).map(({ value }) => value);
  if (own.has('string')) values.push(...HOSTILE_STRINGS.filter((text) => !isFreeText || text !== 'text'));
  else values.push(HOSTILE_STRINGS[3], HOSTILE_STRINGS[1]);
  if (own.has('number')) values.push(...HOSTILE_NUMBERS);
  if (!own.has('array')) values.push(DEEP_ARRAY);
  // Noise of the wrong type, from a seed fixed per field so every run sends the same.
  const wrongTyped = fc
    .jsonValue({ maxDepth: 3 })
    .filter((value) => !own.has(value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value));
  values.push(...fc.sample(wrongTyped, { seed, numRuns: 2 }));
  return values;
}

function seedOf(text: string): number {
  let hash = 7;
  for (const character of text) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) | 0;
  return hash;
}

/** Query values as they come off the wire: text, so every hostile one is a string (or a repeat). */
const HOSTILE_QUERY_VALUES = [
  '',
  'x'.repeat(6000),
  '%00',
  '%FF%FE',
  '%E0%A4%A',
  '-1',
  '1.5',
  '1e308',
  '0x10',
  'NaN',
  'Infinity',
  '0000-01-01',
  '9999-12-31',
  '+275760-09-13',
  '2026-02-30',
  '__proto__',
];

const HOSTILE_PATH_VALUES = [
  'p'.repeat(300),
  '%00',
  '%FF',
  '%E0%A4%A',
  '%zz',
  '__proto__',
  'constructor',
  '..%2F..%2Fetc%2Fpasswd',
  '-1',
  '1e308',
  '%F0%9F%98%80'.repeat(20),
];

/**
 * Every hostile request for every operation. `cookie` signs each one in; write operations carry a body
 * that is broken wherever else the request is, so a request whose hostile part happens to be accepted
 * still changes nothing.
 */
export function hostileRequests(
  document: OpenApiDocument,
  known: KnownValues,
  cookie: string,
): HostileRequest[] {
  const requests: HostileRequest[] = [];
  for (const [template, operations] of Object.entries(document.paths)) {
    for (const [lowerMethod, operation] of Object.entries(operations)) {
      const method = lowerMethod.toUpperCase();
      const isRead = method === 'GET' || method === 'HEAD';
      const parameters = operation.parameters ?? [];
      const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
      const queryParameters = parameters.filter((parameter) => parameter.in === 'query');
      const bodySchema = operation.requestBody?.content['application/json']?.schema;
      const bodySample = bodySchema ? sampleOf(bodySchema, known) : undefined;
      const headers = { cookie, 'content-type': 'application/json' };

      const pathWith = (replaced: Record<string, string> = {}) =>
        pathParameters.reduce(
          (path, parameter) =>
            path.replace(
              `{${parameter.name}}`,
              replaced[parameter.name] ??
                encodeURIComponent(String(sampleOf(parameter.schema, known, parameter.name))),
            ),
          template,
        );
      const queryWith = (replaced: Record<string, string> = {}) => {
        const pairs = queryParameters
          .filter((parameter) => parameter.required || parameter.name in replaced)
          .map(
            (parameter) =>
              `${parameter.name}=${replaced[parameter.name] ?? encodeURIComponent(String(sampleOf(parameter.schema, known, parameter.name)))}`,
          );
        return pairs.length > 0 ? `?${pairs.join('&')}` : '';
      };
      // Alongside a hostile path or query, a write's body has a field no schema allows.
      const carrierBody =
        bodySchema && !isRead ? json({ ...(bodySample as object), unexpected: true }) : undefined;
      const add = (
        label: string,
        request: Omit<HostileRequest, 'label' | 'method' | 'headers'> & { headers?: Record<string, string> },
      ) => requests.push({ label: `${method} ${template} ${label}`, method, headers: headers, ...request });

      // A write that takes nothing (signing out) has nothing to break but its body: anything else sent
      // with it would be obeyed, and rightly so.
      const canCarry = isRead || carrierBody !== undefined;
      for (const parameter of canCarry ? pathParameters : []) {
        for (const value of HOSTILE_PATH_VALUES) {
          add(`path.${parameter.name} = ${value.slice(0, 40)}`, {
            target: pathWith({ [parameter.name]: value }) + queryWith(),
            body: carrierBody,
          });
        }
      }
      for (const parameter of canCarry ? queryParameters : []) {
        for (const value of HOSTILE_QUERY_VALUES) {
          add(`query.${parameter.name} = ${value.slice(0, 40)}`, {
            target: pathWith() + queryWith({ [parameter.name]: value }),
            body: carrierBody,
          });
        }
        add(`query.${parameter.name} twice`, {
          target: `${pathWith()}${queryWith()}${queryWith() ? '&' : '?'}${parameter.name}=1&${parameter.name}=2`,
          body: carrierBody,
        });
      }
      for (const query of canCarry
        ? [
            '__proto__=1',
            '__proto__[polluted]=1',
            'constructor[prototype][polluted]=1',
            Array.from({ length: 2000 }, (_, index) => `p${index}=${index}`).join('&'),
          ]
        : []) {
        const own = queryWith();
        add(`query ${query.slice(0, 40)}`, {
          target: `${pathWith()}${own}${own ? '&' : '?'}${query}`,
          body: carrierBody,
        });
      }
      for (const [name, value] of canCarry
        ? ([
            ['origin', 'null'],
            ['origin', 'https://evil.example'],
            ['cookie', `${cookie}; better-auth.session_token=${'%00'.repeat(50)}`],
            ['accept', 'x/y;q=NaN'],
          ] as const)
        : []) {
        add(`header ${name}: ${value.slice(0, 40)}`, {
          target: pathWith() + queryWith(),
          headers: { ...headers, [name]: value },
          body: carrierBody,
        });
      }
      if (isRead) continue;

      // Bodies no parser reads, for every write; and, where the write takes a body, bodies a parser reads
      // (JSON, or plain text) that no object schema accepts.
      const target = pathWith() + queryWith();
      const asJson = 'application/json';
      const unreadable: [string, Buffer, string][] = [
        ['malformed JSON', Buffer.from('{"id": '), asJson],
        ['__proto__ at the top', Buffer.from('{"__proto__": {"polluted": true}}'), asJson],
        ['constructor.prototype', Buffer.from('{"constructor": {"prototype": {"polluted": true}}}'), asJson],
        ['form data', Buffer.from('a=1'), 'application/x-www-form-urlencoded'],
        ['UTF-16', Buffer.from('{}', 'utf16le'), 'application/json; charset=utf-16'],
        ['over the size limit', Buffer.from(`{"a":"${'x'.repeat(200_000)}"}`), asJson],
      ];
      const notAnObject: [string, Buffer, string][] = [
        ['plain text', Buffer.from('hello'), 'text/plain'],
        ['JSON null', Buffer.from('null'), asJson],
        ['a JSON string', Buffer.from('"text"'), asJson],
        ['deep nesting', Buffer.from(`${'['.repeat(45_000)}${']'.repeat(45_000)}`), asJson],
        ['deep object nesting', Buffer.from(`${'{"a":'.repeat(18_000)}1${'}'.repeat(18_000)}`), asJson],
      ];
      for (const [label, body, contentType] of [...unreadable, ...(bodySchema ? notAnObject : [])]) {
        add(`body ${label}`, { target, headers: { ...headers, 'content-type': contentType }, body });
      }
      if (!bodySchema) continue;

      for (const field of fieldsOf(bodySchema)) {
        const where = `body.${field.path.join('.')}`;
        for (const value of hostileValuesFor(field.schema, seedOf(`${method} ${template} ${where}`))) {
          const shown = JSON.stringify(value)?.slice(0, 40);
          add(`${where} = ${shown}`, { target, body: json(withValueAt(bodySample, field.path, value)) });
        }
        const current = valueAt(bodySample, field.path);
        if (typeof current === 'string' && current.length > 0) {
          // Invalid UTF-8 inside a string: bytes C3 28 are a two-byte sequence broken in its second byte.
          const marker = 'INVALID_UTF8_HERE';
          const text = JSON.stringify(withValueAt(bodySample, field.path, marker));
          const [before, after] = text.split(marker);
          add(`${where} has invalid UTF-8`, {
            target,
            body: Buffer.concat([
              Buffer.from(before ?? ''),
              Buffer.from([0xc3, 0x28, 0xff]),
              Buffer.from(after ?? ''),
            ]),
          });
        }
      }
      for (const object of objectsOf(bodySchema)) {
        const where = ['body', ...object.path].join('.');
        const value = valueAt(bodySample, object.path);
        for (const key of object.schema.required ?? []) {
          add(`${where} without ${key}`, {
            target,
            body: json(withValueAt(bodySample, [...object.path, key], undefined, true)),
          });
        }
        if (typeof value !== 'object' || value === null) continue;
        add(`${where} with an extra field`, {
          target,
          body: json(withValueAt(bodySample, object.path, { ...value, unexpected: 'field' })),
        });
        // Written as text: an object literal's __proto__ would set the prototype instead of a key.
        const inner = JSON.stringify(value);
        const poisoned = `{"__proto__":{"polluted":true}${inner === '{}' ? '' : `,${inner.slice(1, -1)}`}}`;
        const marker = '"POISONED_OBJECT_HERE"';
        add(`${where} with a __proto__ key`, {
          target,
          body: Buffer.from(
            JSON.stringify(withValueAt(bodySample, object.path, 'POISONED_OBJECT_HERE')).replace(
              marker,
              poisoned,
            ),
          ),
        });
      }
    }
  }
  return requests;
}

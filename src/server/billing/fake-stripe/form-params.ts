import { type ApiError, invalidParam, missingParam } from './api-error.ts';

/** A request's parameters as Stripe reads them: `a[b][0][c]=v` nests into objects and arrays. */
export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}
export type ParamPath = readonly (string | number)[];

const NAME = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;
// Parameter names become object keys; these would reach the prototype instead.
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Parses an `application/x-www-form-urlencoded` body (or a query string) in Stripe's bracket notation:
 * `metadata[userId]=abc` is an object, `line_items[0][quantity]=1` an array, and `expand[]=a&expand[]=b`
 * appends. A name used both as a value and as a container is refused, as Stripe refuses it.
 */
export function parseFormParams(encoded: string): FormObject {
  const root: FormObject = {};
  for (const [name, value] of new URLSearchParams(encoded)) {
    const keys = keysOf(name);
    if (keys.some((key) => UNSAFE_KEYS.has(key))) throw invalidParam(name, `Invalid parameter name: ${name}`);
    assign(root, keys, value, name);
  }
  return withArrays(root) as FormObject;
}

function keysOf(name: string): string[] {
  const match = NAME.exec(name);
  if (!match?.[1]) throw invalidParam(name, `Invalid parameter name: ${name}`);
  const brackets = match[2] ?? '';
  return [match[1], ...[...brackets.matchAll(/\[([^[\]]*)\]/g)].map((bracket) => bracket[1] ?? '')];
}

/** Objects keyed "0", "1"… stand for arrays until the end; `[]` takes the next free index. */
function assign(root: FormObject, keys: string[], value: string, name: string): void {
  let container = root;
  for (const [index, rawKey] of keys.entries()) {
    const key = rawKey === '' ? String(Object.keys(container).length) : rawKey;
    const existing = container[key];
    if (index === keys.length - 1) {
      if (existing !== undefined && typeof existing !== 'string') throw conflict(name);
      container[key] = value;
      return;
    }
    if (typeof existing === 'string') throw conflict(name);
    const child: FormObject = (existing as FormObject | undefined) ?? {};
    container[key] = child;
    container = child;
  }
}

function conflict(name: string): ApiError {
  return invalidParam(name, `Invalid parameter: ${name} is given both as a value and as a hash.`);
}

function withArrays(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted = Object.fromEntries(keys.map((key) => [key, withArrays(value[key] as FormValue)]));
  const isList = keys.length > 0 && keys.every((key) => /^\d+$/.test(key));
  if (!isList) return converted;
  return keys.sort((a, b) => Number(a) - Number(b)).map((key) => converted[key] as FormValue);
}

/** `['line_items', 0, 'quantity']` as Stripe names it in errors: `line_items[0][quantity]`. */
export function paramName(path: ParamPath): string {
  const [first, ...rest] = path;
  return `${first}${rest.map((key) => `[${key}]`).join('')}`;
}

export function paramAt(params: FormObject, path: ParamPath): FormValue | undefined {
  let value: FormValue | undefined = params;
  for (const key of path) {
    if (value === undefined || typeof value === 'string') return undefined;
    value = Array.isArray(value) ? value[Number(key)] : value[String(key)];
  }
  return value;
}

export function optionalString(params: FormObject, path: ParamPath): string | undefined {
  const value = paramAt(params, path);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidParam(paramName(path), `Invalid string: ${paramName(path)}`);
  return value;
}

export function requiredString(params: FormObject, path: ParamPath): string {
  const value = optionalString(params, path);
  if (value === undefined || value === '') throw missingParam(paramName(path));
  return value;
}

export function optionalInteger(params: FormObject, path: ParamPath): number | undefined {
  const value = optionalString(params, path);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw invalidParam(paramName(path), `Invalid integer: ${value}`);
  return Number(value);
}

export function requiredInteger(params: FormObject, path: ParamPath): number {
  const value = optionalInteger(params, path);
  if (value === undefined) throw missingParam(paramName(path));
  return value;
}

export function optionalBoolean(params: FormObject, path: ParamPath): boolean | undefined {
  const value = optionalString(params, path);
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false') {
    throw invalidParam(paramName(path), `Invalid boolean: ${value}`);
  }
  return value === 'true';
}

/**
 * Metadata as Stripe keeps it, string values. When updating, an empty value removes its key, and an empty
 * `metadata=` removes them all (null here).
 */
export function metadataAt(params: FormObject, path: ParamPath): Record<string, string> | null | undefined {
  const value = paramAt(params, path);
  if (value === undefined) return undefined;
  if (value === '') return null;
  if (typeof value === 'string') throw invalidParam(paramName(path), `Invalid hash: ${paramName(path)}`);
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  const metadata: Record<string, string> = {};
  for (const [key, item] of entries) {
    if (typeof item !== 'string') {
      throw invalidParam(paramName([...path, key]), `Invalid metadata value: ${paramName([...path, key])}`);
    }
    metadata[key] = item;
  }
  return metadata;
}

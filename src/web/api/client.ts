/**
 * The one way the web app talks to the server: JSON in, JSON out, the login session in an HttpOnly cookie.
 * Every failure becomes an ApiProblem carrying the server's RFC 9457 problem details, so a screen can show
 * the sentence the server wrote (and, for invalid input, a message beside each field).
 */
import type { FieldError } from '../../contract/common.ts';

export class ApiProblem extends Error {
  override name = 'ApiProblem';
  readonly status: number;
  /** The problem's type, e.g. "urn:backstrong:problem:invalid-token"; empty when the server gave none. */
  readonly type: string;
  readonly title: string;
  readonly errors: FieldError[];

  constructor(status: number, title: string, detail: string, errors: FieldError[] = [], type = '') {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = errors;
  }

  /** No answer at all: the phone is offline or the server could not be reached. */
  get isNoConnection(): boolean {
    return this.status === 0;
  }

  /** Whether the problem's type ends with this reason, e.g. is("invalid-token"). */
  is(reason: string): boolean {
    return this.type.endsWith(`:${reason}`);
  }

  /** What to tell the person: the server's own sentence. */
  get detail(): string {
    return this.message;
  }

  /** The message for one body field ("email"), if the server found a problem with it. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((entry) => entry.location === `body.${field}`)?.message;
  }
}

const OFFLINE_PROBLEM = new ApiProblem(
  0,
  'No connection',
  'We could not reach Backstrong. Please check your internet connection and try again.',
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) =>
    isRecord(entry) && typeof entry.location === 'string' && typeof entry.message === 'string'
      ? [{ location: entry.location, message: entry.message }]
      : [],
  );
}

function problemFrom(status: number, body: unknown): ApiProblem {
  if (!isRecord(body)) {
    return new ApiProblem(
      status,
      'Something went wrong',
      'Something went wrong on our side. Please try again.',
    );
  }
  const title = typeof body.title === 'string' ? body.title : 'Something went wrong';
  const detail = typeof body.detail === 'string' ? body.detail : title;
  const type = typeof body.type === 'string' ? body.type : '';
  return new ApiProblem(status, title, detail, toFieldErrors(body.errors), type);
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * The GET paths this page has asked for. When the service worker takes charge of the page (after its first
 * install), they are asked again through it, so it holds a copy of each for when the connection drops.
 */
export const requestedPaths = new Set<string>();

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const hasBody = method !== 'GET';
  if (!hasBody) requestedPaths.add(path);
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: hasBody
        ? { accept: 'application/json', 'content-type': 'application/json' }
        : { accept: 'application/json' },
      // The server accepts only JSON writes (a cross-site form cannot send one), so even an empty post is {}.
      body: hasBody ? JSON.stringify(body ?? {}) : undefined,
    });
  } catch {
    throw OFFLINE_PROBLEM;
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) throw problemFrom(response.status, parsed);
  return parsed as T;
}

export function get<T>(path: string): Promise<T> {
  return request<T>('GET', path);
}

export function post<T>(path: string, body: unknown = {}): Promise<T> {
  return request<T>('POST', path, body);
}

export function put<T>(path: string, body: unknown = {}): Promise<T> {
  return request<T>('PUT', path, body);
}

export function del<T>(path: string, body: unknown = {}): Promise<T> {
  return request<T>('DELETE', path, body);
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { AUTH_BASE_PATH, type Auth } from '../auth/auth.ts';
import { createSessionCache } from '../auth/session-cache.ts';
import type { Database, Role } from '../db/schema.ts';
import { type Actor, Refusal, type RefusalKind, unauthenticated } from '../services/errors.ts';

/** Header through which we tell the auth library the client's address (never taken from the client). */
const CLIENT_IP_HEADER = 'x-backstrong-client-ip';
const DROPPED_HEADERS = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'x-forwarded-for',
  CLIENT_IP_HEADER,
]);

export function toWebHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || DROPPED_HEADERS.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  headers.set(CLIENT_IP_HEADER, request.ip);
  return headers;
}

export interface AuthCallResult {
  status: number;
  body: Record<string, unknown>;
}

/**
 * Runs one auth-library endpoint for a request we have already validated, passing its cookies back to
 * the client and turning its errors into problem details.
 */
export async function callAuth(
  auth: Auth,
  publicUrl: string,
  request: FastifyRequest,
  reply: FastifyReply,
  path: string,
  body?: unknown,
): Promise<AuthCallResult> {
  const headers = toWebHeaders(request);
  if (body !== undefined) headers.set('content-type', 'application/json');
  // Our cross-site guard has already judged this request (guards.ts), also for the loopback names the
  // library does not know, so to the library it speaks for our own origin.
  headers.set('origin', publicUrl);
  const response = await auth.handler(
    new Request(`${publicUrl}${AUTH_BASE_PATH}${path}`, {
      method: request.method === 'GET' ? 'GET' : 'POST',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : {};
  const payload = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  if (response.status >= 400) throw authErrorToProblem(response.status, payload);
  return { status: response.status, body: payload };
}

const AUTH_ERROR_TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Already exists',
  422: 'Already exists',
  429: 'Too many attempts',
};

/** The auth library's messages are terse; these read better to a member. */
const FRIENDLIER_MESSAGES: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD:
    'That email and password do not match an account. Please check both and try again.',
  USER_ALREADY_EXISTS: 'An account with this email already exists. Try signing in, or reset your password.',
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL:
    'An account with this email already exists. Try signing in, or reset your password.',
  INVALID_TOKEN:
    'This link is no longer valid: it was already used or has expired. Please ask for a new one.',
  EMAIL_NOT_VERIFIED:
    'Please confirm your email first: open the link we sent when you signed up. We can send you a new one.',
  INVALID_PASSWORD: 'The current password is not right.',
  PASSWORD_TOO_SHORT: 'The password is too short.',
  PASSWORD_TOO_LONG: 'The password is too long.',
};

const REFUSAL_OF_STATUS: Record<number, RefusalKind> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  429: 'too-many',
};

function authErrorToProblem(status: number, payload: Record<string, unknown>): Error {
  const code = typeof payload.code === 'string' ? payload.code : 'AUTH_ERROR';
  if (status >= 500) return new Error(`auth library failed with ${status}: ${code}`);
  const message =
    FRIENDLIER_MESSAGES[code] ?? (typeof payload.message === 'string' ? payload.message : 'Request refused');
  const kind = code.startsWith('USER_ALREADY_EXISTS') ? 'conflict' : (REFUSAL_OF_STATUS[status] ?? 'invalid');
  const slug = code.toLowerCase().replace(/_/g, '-');
  return new Refusal(
    kind,
    slug,
    AUTH_ERROR_TITLES[kind === 'conflict' ? 409 : status] ?? 'Request refused',
    message,
    { code },
  );
}

export interface SignedInUser extends Actor {
  email: string;
  name: string;
  healthConsentVersion: string | null;
  healthConsentAt: Date | null;
}

const SESSION_COOKIE = 'backstrong.session_token';
const SESSION_CACHE_TTL_MS = 30_000;

/** The login-session cookie's value (signed), the key under which its owner is remembered. */
function sessionCookieOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    const name = part
      .slice(0, separator)
      .trim()
      .replace(/^__Secure-/, '');
    if (name === SESSION_COOKIE) return part.slice(separator + 1).trim();
  }
  return undefined;
}

export interface LoginSessionResolver {
  /** The account behind the request's login session, or null. */
  find(request: FastifyRequest): Promise<SignedInUser | null>;
  /** The same, or 401. */
  require(request: FastifyRequest): Promise<SignedInUser>;
  /**
   * After sign-out, password and consent changes: every app instance forgets every login session it
   * remembers, from the moment this settles.
   */
  forget(): Promise<void>;
}

/**
 * Resolves login sessions through the auth library, remembering each for a few seconds (see
 * session-cache.ts). What is remembered counts only while the database's login-session epoch is the one
 * it was remembered under: `forget` adds one to it, so a sign-out on any instance ends the login session
 * on every instance at once. Reading the epoch is one lookup of one row, cheaper than the auth library's
 * look-up of the login session and its account.
 */
export function createLoginSessionResolver(
  auth: Auth,
  db: Kysely<Database>,
  clock: () => Date,
): LoginSessionResolver {
  const cache = createSessionCache<{ user: SignedInUser; epoch: string }>({
    ttlMs: SESSION_CACHE_TTL_MS,
    maxEntries: 50_000,
  });
  async function find(request: FastifyRequest): Promise<SignedInUser | null> {
    const cookie = sessionCookieOf(request);
    if (!cookie) return null;
    const now = clock().getTime();
    // Read before the look-up: a forget that races it leaves this entry already out of date.
    const epoch = await readLoginSessionEpoch(db);
    const remembered = cache.get(cookie, now);
    if (remembered?.epoch === epoch) return remembered.user;
    const user = await findSignedInUser(auth, request);
    if (user) cache.set(cookie, { user, epoch }, now);
    return user;
  }
  return {
    find,
    async require(request) {
      const user = await find(request);
      if (!user) throw unauthenticated();
      return user;
    },
    async forget() {
      await db
        .updateTable('login_session_epoch')
        .set((eb) => ({ epoch: eb('epoch', '+', 1) }))
        .where('id', '=', 1)
        .execute();
      cache.clear();
    },
  };
}

async function findSignedInUser(auth: Auth, request: FastifyRequest): Promise<SignedInUser | null> {
  const result = await auth.api.getSession({ headers: toWebHeaders(request) });
  if (!result) return null;
  const user = result.user as typeof result.user & {
    role?: Role;
    healthConsentVersion?: string | null;
    healthConsentAt?: Date | string | null;
  };
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role ?? 'member',
    healthConsentVersion: user.healthConsentVersion ?? null,
    healthConsentAt: user.healthConsentAt ? new Date(user.healthConsentAt) : null,
  };
}

async function readLoginSessionEpoch(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('login_session_epoch')
    .select('epoch')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return String(row.epoch);
}

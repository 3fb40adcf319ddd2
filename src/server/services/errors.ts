import type { Role } from '../db/schema.ts';

/** Extra fields a refusal adds to its problem details. */
export interface RefusalExtensions {
  code?: string;
  retryAfterSeconds?: number;
  /** The fields at fault, as a schema's refusal names them ("body.token"). */
  errors?: { location: string; message: string }[];
}

/** Why a use case refused; the HTTP layer turns each kind into its status code. */
export type RefusalKind = 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'invalid' | 'too-many';

export class Refusal extends Error {
  override name = 'Refusal';
  readonly kind: RefusalKind;
  /** Short machine-readable reason, e.g. "email-taken". */
  readonly reason: string;
  readonly title: string;
  readonly extensions: RefusalExtensions;

  constructor(
    kind: RefusalKind,
    reason: string,
    title: string,
    detail: string,
    extensions: RefusalExtensions = {},
  ) {
    super(detail);
    this.kind = kind;
    this.reason = reason;
    this.title = title;
    this.extensions = extensions;
  }
}

/**
 * Who is asking: the signed-in account, which is not always the member a call is about (a coach acts on
 * their members). Every service call starts by checking what this actor may do (`requireAccess`).
 */
export interface Actor {
  id: string;
  role: Role;
}

export function unauthenticated(): Refusal {
  return new Refusal('unauthenticated', 'unauthenticated', 'Not signed in', 'Please sign in to continue.');
}

export function forbidden(detail = 'Your account does not have access to this.'): Refusal {
  return new Refusal('forbidden', 'forbidden', 'Forbidden', detail);
}

export function notFound(detail: string): Refusal {
  return new Refusal('not-found', 'not-found', 'Not found', detail);
}

/** A consent given against a text that has since changed: it is not consent, so the member reads it again. */
export function outdatedConsent(detail: string): Refusal {
  return new Refusal('conflict', 'outdated-consent', 'Consent text has changed', detail);
}

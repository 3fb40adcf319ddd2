/** Stripe's error body: `{ error: { type, message, code?, param? } }`, which the library turns into its errors. */
export interface StripeErrorBody {
  error: { type: string; message: string; code?: string; param?: string };
}

/**
 * A refusal the fake answers the way Stripe does. The test controls throw it too, so a test that renews an
 * unknown subscription reads the same "No such subscription" a client would.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly code: string | undefined;
  readonly param: string | undefined;

  constructor(
    status: number,
    message: string,
    details: { type?: string; code?: string; param?: string } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.type = details.type ?? 'invalid_request_error';
    this.code = details.code;
    this.param = details.param;
  }

  toBody(): StripeErrorBody {
    return {
      error: {
        type: this.type,
        message: this.message,
        ...(this.code ? { code: this.code } : {}),
        ...(this.param ? { param: this.param } : {}),
      },
    };
  }
}

/** A parameter the request lacks or got wrong: 400, naming it as Stripe does (`line_items[0][quantity]`). */
export function invalidParam(param: string, message: string): ApiError {
  return new ApiError(400, message, { param });
}

export function missingParam(param: string): ApiError {
  return new ApiError(400, `Missing required param: ${param}.`, { code: 'parameter_missing', param });
}

/** An id in the path that names nothing: 404. */
export function noSuch(kind: string, id: string): ApiError {
  return new ApiError(404, `No such ${kind}: '${id}'`, { code: 'resource_missing', param: 'id' });
}

/** An id in the parameters that names nothing: Stripe answers 400 for these, naming the parameter. */
export function noSuchReferenced(kind: string, id: string, param: string): ApiError {
  return new ApiError(400, `No such ${kind}: '${id}'`, { code: 'resource_missing', param });
}

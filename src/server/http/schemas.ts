import { problemSchema } from '../../contract/common.ts';

/** Responses every route may give besides its success, for the OpenAPI document. */
export const commonProblems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  413: problemSchema,
  415: problemSchema,
  429: problemSchema,
} as const;

/** The same, for routes that can also answer 409 (an id reused, a state that forbids the change). */
export const problemsWithConflict = { ...commonProblems, 409: problemSchema } as const;

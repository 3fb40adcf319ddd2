import type { FastifyRequest } from 'fastify';
import { Refusal } from '../services/errors.ts';

/**
 * No text in this API may hold the NUL character: no field means anything by it, and PostgreSQL cannot
 * store it in text (it fails the whole statement). Refused at the edge, naming the field, before any
 * route or library (the auth library included) passes it to the database.
 */
export async function refuseNulCharacters(request: FastifyRequest): Promise<void> {
  for (const [where, value] of [
    ['params', request.params],
    ['querystring', request.query],
    ['body', request.body],
  ] as const) {
    const location = findNul(value, where);
    if (location) {
      const message = 'text cannot contain the NUL character (\\u0000)';
      throw new Refusal('invalid', 'invalid-request', 'Invalid request', `${location}: ${message}`, {
        errors: [{ location, message }],
      });
    }
  }
}

function findNul(value: unknown, location: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? location : undefined;
  // Deeper than any request this API takes; the schema refuses it on its own.
  if (typeof value !== 'object' || value === null || depth > 64) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const where = `${location}.${key}`;
    if (key.includes('\u0000')) return where;
    const found = findNul(inner, where, depth + 1);
    if (found) return found;
  }
  return undefined;
}

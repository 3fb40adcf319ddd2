import type { z } from 'zod';

/** JSON columns are written as JSON text; the database parses it into jsonb. */
export const toJsonColumn = (value: unknown): string => JSON.stringify(value);

/**
 * A stored value that does not match its schema. This code only writes checked values, so such a row is a
 * server fault (a bad migration, a hand edit), never the member's doing: it names where to look.
 */
export class CorruptRowError extends Error {
  override name = 'CorruptRowError';
  readonly table: string;
  readonly column: string;
  readonly rowId: string;
  constructor(where: { table: string; column: string; rowId: string }, problems: string) {
    super(`${where.table}.${where.column} of row ${where.rowId} does not match its schema: ${problems}`);
    this.table = where.table;
    this.column = where.column;
    this.rowId = where.rowId;
  }
}

/**
 * Checks one column of a row read back from the database with the engine's schema, so what leaves a
 * repository is typed because it was checked. The message lists what is wrong, never the stored value.
 */
export function checkedColumn<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  where: { table: string; column: string; rowId: string },
): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'value'}: ${issue.message}`)
    .join('; ');
  throw new CorruptRowError(where, problems);
}

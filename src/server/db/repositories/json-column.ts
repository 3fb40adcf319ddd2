/** JSON columns are written as JSON text; the database parses it into jsonb. */
export const toJsonColumn = (value: unknown): string => JSON.stringify(value);

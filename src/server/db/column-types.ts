import type { ColumnType } from 'kysely';

/** How the schema's columns are written and read back, shared by every table's interface. */

/** Timestamps: written as Date, read back as Date by both PGlite and pg. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp the database fills in when the insert leaves it out. */
export type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** JSON columns: written as a JSON string, read back parsed (and checked with Zod before use). */
export type Json = ColumnType<unknown, string, string>;
/** Calendar dates (YYYY-MM-DD): read back as strings, see the type parser in database.ts. */
export type CalendarDate = ColumnType<string, string, string>;
/** Nullable columns an insert may leave out. */
export type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;
/** Columns the database fills in when an insert leaves them out. */
export type Defaulted<T> = ColumnType<T, T | undefined, T>;

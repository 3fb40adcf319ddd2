import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Timestamps: written as Date, read back as Date by both PGlite and pg. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export const ROLES = ['member', 'coach', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface UsersTable {
  id: string;
  name: string;
  email: string;
  email_verified: boolean;
  image: string | null;
  role: Generated<Role>;
  /** The consent text version agreed to; null means no consent, and no health data is stored. */
  health_consent_version: string | null;
  health_consent_at: Timestamp | null;
  invited_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Login sessions (never "workout sessions": see CONTEXT.md). */
export interface AuthSessionsTable {
  id: string;
  token: string;
  user_id: string;
  expires_at: Timestamp;
  ip_address: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuthAccountsTable {
  id: string;
  account_id: string;
  provider_id: string;
  user_id: string;
  access_token: string | null;
  refresh_token: string | null;
  id_token: string | null;
  access_token_expires_at: Timestamp | null;
  refresh_token_expires_at: Timestamp | null;
  scope: string | null;
  password: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuthVerificationsTable {
  id: string;
  identifier: string;
  value: string;
  expires_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SeedRunsTable {
  name: string;
  ran_at: Generated<Timestamp>;
}

export interface Database {
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  auth_accounts: AuthAccountsTable;
  auth_verifications: AuthVerificationsTable;
  seed_runs: SeedRunsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;

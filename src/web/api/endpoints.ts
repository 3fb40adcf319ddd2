import type { Exercise } from '../../core/catalogue/types.ts';
import { del, get, post } from './client.ts';

/** The API's shapes as the web app sees them (see src/server/http/schemas.ts). */
export type Role = 'member' | 'coach' | 'admin';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface Profile extends User {
  healthConsent: { version: string; agreedAt: string } | null;
}

export interface AccountSummary extends User {
  createdAt: string;
}

interface Ok {
  ok: true;
}

export const api = {
  signUp: (body: { email: string; password: string; name: string; healthConsentVersion?: string }) =>
    post<{ message: string }>('/api/auth/sign-up/email', body),
  resendConfirmation: (body: { email: string }) =>
    post<{ message: string }>('/api/auth/send-verification-email', body),
  signIn: (body: { email: string; password: string }) =>
    post<{ user: User }>('/api/auth/sign-in/email', body),
  signOut: () => post<Ok>('/api/auth/sign-out'),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    post<Ok>('/api/auth/change-password', body),
  requestPasswordReset: (body: { email: string }) =>
    post<{ message: string }>('/api/auth/request-password-reset', body),
  resetPassword: (body: { token: string; newPassword: string }) => post<Ok>('/api/auth/reset-password', body),
  me: () => get<Profile>('/api/me'),
  giveHealthConsent: (version: string) => post<Ok>('/api/me/health-consent', { version }),
  deleteAccount: (password: string) => del<Ok>('/api/me', { password }),
  inviteCoach: (body: { email: string; name: string }) => post<User>('/api/admin/coach-invitations', body),
  accounts: () => get<{ accounts: AccountSummary[] }>('/api/admin/accounts?limit=200'),
  exercises: () => get<{ exercises: Exercise[] }>('/api/exercises'),
  exercise: (id: string) => get<Exercise>(`/api/exercises/${encodeURIComponent(id)}`),
};

/** The account and catalogue API; the shapes are the contract's (src/contract), imported as types only. */
import type {
  AccountList,
  ChangePasswordBody,
  CoachInvitationBody,
  EmailBody,
  EmailSent,
  Profile,
  ResetPasswordBody,
  SignedIn,
  SignInBody,
  SignUpBody,
  User,
} from '../../contract/account.ts';
import type { Ok } from '../../contract/common.ts';
import type { Exercise, ExerciseList } from '../../contract/exercises.ts';
import { del, get, post, put } from './client.ts';

export const api = {
  signUp: (body: SignUpBody) => post<EmailSent>('/api/auth/sign-up/email', body),
  resendConfirmation: (body: EmailBody) => post<EmailSent>('/api/auth/send-verification-email', body),
  signIn: (body: SignInBody) => post<SignedIn>('/api/auth/sign-in/email', body),
  signOut: () => post<Ok>('/api/auth/sign-out'),
  changePassword: (body: ChangePasswordBody) => post<Ok>('/api/auth/change-password', body),
  requestPasswordReset: (body: EmailBody) => post<EmailSent>('/api/auth/request-password-reset', body),
  resetPassword: (body: ResetPasswordBody) => post<Ok>('/api/auth/reset-password', body),
  me: () => get<Profile>('/api/me'),
  giveHealthConsent: (version: string) => post<Ok>('/api/me/health-consent', { version }),
  withdrawHealthConsent: () => del<Ok>('/api/me/health-consent'),
  changeDateOfBirth: (dateOfBirth: string | null) => put<Ok>('/api/me/date-of-birth', { dateOfBirth }),
  deleteAccount: (password: string) => del<Ok>('/api/me', { password }),
  inviteCoach: (body: CoachInvitationBody) => post<User>('/api/admin/coach-invitations', body),
  accounts: () => get<AccountList>('/api/admin/accounts?limit=200'),
  exercises: () => get<ExerciseList>('/api/exercises'),
  exercise: (id: string) => get<Exercise>(`/api/exercises/${encodeURIComponent(id)}`),
};

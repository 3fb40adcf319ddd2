/**
 * Quick checks before anything is sent, worded for people rather than programs. The server checks again
 * (src/contract/account.ts); these only spare a round trip and give a friendlier sentence.
 */
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../core/accounts.ts';

export const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. A few words you will remember work well.`;

const NAME_PATTERN = /^\p{L}[\p{L}\p{M} '’.-]*$/u;

export function checkName(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter your name.';
  if (trimmed.length > 100) return 'Please shorten your name to 100 characters or fewer.';
  if (!NAME_PATTERN.test(trimmed)) {
    return 'Use letters only, with spaces, apostrophes, hyphens or dots if you need them.';
  }
  return undefined;
}

export function checkEmail(email: string): string | undefined {
  const trimmed = email.trim();
  if (trimmed === '') return 'Enter your email address.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return 'Enter an email address like name@example.com.';
  return undefined;
}

export function checkNewPassword(password: string): string | undefined {
  if (password === '') return 'Choose a password.';
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Your password needs at least ${PASSWORD_MIN_LENGTH} characters. It has ${password.length} now.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `Your password can have at most ${PASSWORD_MAX_LENGTH} characters.`;
  }
  return undefined;
}

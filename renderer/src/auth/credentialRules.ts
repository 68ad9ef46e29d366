/**
 * The checks a form runs before sending a user name or a new password, by the contract's
 * own schemas, so the UI and the core never disagree on what is acceptable.
 */
import { Password, Username } from '../../../shared/api/contract';

export type CredentialProblem = 'usernameInvalid' | 'displayNameMissing' | 'passwordTooShort' | 'passwordMismatch';

export const MIN_PASSWORD_LENGTH = Password.minLength ?? 8;

export function newPasswordProblem(password: string, again: string): CredentialProblem | null {
  if (!Password.safeParse(password).success) return 'passwordTooShort';
  if (password !== again) return 'passwordMismatch';
  return null;
}

export type NewAccount = { username: string; displayName: string; password: string; again: string };

/** The first problem with a new account's fields, in the order the form shows them. */
export function newAccountProblem(account: NewAccount): CredentialProblem | null {
  if (!Username.safeParse(account.username).success) return 'usernameInvalid';
  if (account.displayName.trim() === '') return 'displayNameMissing';
  return newPasswordProblem(account.password, account.again);
}

/**
 * What to tell the user when a review call fails. The core's messages are precise but
 * English; the ones a reviewer meets every day are recognised here and said in the UI's
 * language, anything else falls back to the sentence for its error code with the core's
 * own words kept as detail.
 */
import type { TFunction } from 'i18next';
import type { ErrorSummary } from '../api/describeError';
import { errorText } from '../i18n/errorText';

/** A problem the form found itself, before calling anything: its message is already translated. */
export const FORM_PROBLEM = 'FORM_PROBLEM';

export function formProblem(message: string): ErrorSummary {
  return { code: FORM_PROBLEM, message };
}

/** The core's messages for the everyday refusals (electron/core/review/handlers.ts), by code. */
const KNOWN_FAILURES = [
  { code: 'UNAUTHORIZED', pattern: /wrong user name or password/, key: 'auth.errors.wrongCredentials' },
  { code: 'UNAUTHORIZED', pattern: /is disabled/, key: 'auth.errors.accountDisabled' },
  { code: 'UNAUTHORIZED', pattern: /current password is wrong/, key: 'auth.errors.wrongCurrentPassword' },
  { code: 'UNAUTHORIZED', pattern: /sign in as a user first/, key: 'auth.errors.signedOut' },
  { code: 'CONFLICT', pattern: /already set up/, key: 'auth.errors.alreadySetUp' },
  { code: 'CONFLICT', pattern: /last active administrator/, key: 'users.errors.lastAdmin' },
  { code: 'CONFLICT', pattern: /already exists/, key: 'users.errors.usernameTaken' },
  { code: 'FORBIDDEN', pattern: /another supervisor must/, key: 'review.errors.ownWork' },
  { code: 'CONFLICT', pattern: /pending correction/, key: 'review.errors.pendingCorrections' },
  { code: 'CONFLICT', pattern: /locked against edits/, key: 'review.errors.locked' },
  { code: 'CONFLICT', pattern: /cannot be \w+ now|is already \w+/, key: 'review.errors.changedMeanwhile' },
] as const;

export type FailureText = { text: string; detail: string | null };

export function failureText(t: TFunction, error: ErrorSummary, locale: string): FailureText {
  if (error.code === FORM_PROBLEM) return { text: error.message, detail: null };
  const known = KNOWN_FAILURES.find((failure) => failure.code === error.code && failure.pattern.test(error.message));
  if (known) return { text: t(known.key), detail: null };
  return { text: errorText(t, error, locale), detail: error.message };
}

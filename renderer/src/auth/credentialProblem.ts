import type { TFunction } from 'i18next';
import type { ErrorSummary } from '../api/describeError';
import { formProblem } from '../shell/failureText';
import { MIN_PASSWORD_LENGTH, type CredentialProblem } from './credentialRules';

/** A credential form's own problem, said the way a failed call is (FormError shows both). */
export function credentialProblem(t: TFunction, problem: CredentialProblem | 'currentMissing'): ErrorSummary {
  return formProblem(t(`auth.problems.${problem}`, { min: MIN_PASSWORD_LENGTH }));
}

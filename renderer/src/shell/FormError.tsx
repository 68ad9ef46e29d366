import { useTranslation } from 'react-i18next';
import type { ErrorSummary } from '../api/describeError';
import { failureText } from './failureText';

/** A failed action's message where it happened: the sentence, and the core's words as detail when they add something. */
export function FormError({ error, testId }: { error: ErrorSummary | null; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const { text, detail } = failureText(t, error, i18n.language);
  return (
    <div className="form-error" role="alert" data-testid={testId ?? 'form-error'} data-code={error.code} title={error.message}>
      <span className="form-error-text">{text}</span>
      {detail && detail !== text && <span className="form-error-detail">{detail}</span>}
    </div>
  );
}

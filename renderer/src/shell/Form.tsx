import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type FormProps = { onSubmit: () => void; className?: string; testId?: string; children: ReactNode };

/** A form that checks its own fields (no browser bubbles) and submits with Enter. */
export function Form({ onSubmit, className, testId, children }: FormProps) {
  return (
    <form
      className={className ? `form ${className}` : 'form'}
      data-testid={testId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

type ActionsProps = { onCancel: () => void; submitLabel: string; busy: boolean; submitTestId: string };

/** Cancel and the primary submit, at the form's foot. */
export function FormActions({ onCancel, submitLabel, busy, submitTestId }: ActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={onCancel}>
        {t('auth.cancel')}
      </button>
      <button type="submit" className="button button-primary" data-testid={submitTestId} disabled={busy}>
        {submitLabel}
      </button>
    </div>
  );
}

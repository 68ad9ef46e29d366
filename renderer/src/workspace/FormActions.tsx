import { useTranslation } from 'react-i18next';

type Props = {
  hint: string;
  onCancel: () => void;
  submitLabel: string;
  submitTestId: string;
  disabled: boolean;
  /** Small buttons, for a popover or a list item. */
  small?: boolean;
};

/** A review form's last row: a hint, then Cancel and the submit button. */
export function FormActions({ hint, onCancel, submitLabel, submitTestId, disabled, small = false }: Props) {
  const { t } = useTranslation();
  const size = small ? ' button-small' : '';
  return (
    <div className="form-actions">
      <span className="form-hint">{hint}</span>
      <span className="toolbar-spacer" />
      <button type="button" className={`button${size}`} onClick={onCancel}>
        {t('annotations.cancel')}
      </button>
      <button type="submit" className={`button button-primary${size}`} data-testid={submitTestId} disabled={disabled}>
        {submitLabel}
      </button>
    </div>
  );
}

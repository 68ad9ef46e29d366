/**
 * Propose a correction of one figure or cell: what it is and where, what extraction read
 * and what it says now, the field to correct, the new value (checked as it is typed by
 * the rules the core applies) and the reason. Submitted, it waits for a supervisor.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectionField } from '../../../shared/api/contract';
import { Dialog } from '../shell/Dialog';
import { FormError } from '../shell/FormError';
import { FormField } from '../shell/FormField';
import { useAction } from '../shell/useAction';
import { useCorrections } from '../state/corrections';
import { useFilingReview } from '../state/filingReview';
import { FormActions } from '../workspace/FormActions';
import { describeTarget } from '../workspace/reviewTargets';
import { checkDraft, currentValue, extractedValue, fieldsFor, pendingFor, shownValue, type CorrectionTarget } from './correctionModel';
import { TargetHistory } from './TargetHistory';

export function CorrectionDialog() {
  const target = useCorrections((state) => state.dialog);
  const documentId = useCorrections((state) => state.documentId);
  if (!target || documentId === null) return null;
  return <CorrectionForm key={target.key} target={target} documentId={documentId} />;
}

function CorrectionForm({ target, documentId }: { target: CorrectionTarget; documentId: number }) {
  const { t } = useTranslation();
  const fields = fieldsFor(target);
  const [field, setField] = useState<CorrectionField>(fields[0] ?? 'value');
  const [value, setValue] = useState(() => currentValue(target, fields[0] ?? 'value') ?? '');
  const [reason, setReason] = useState('');
  const action = useAction();
  const marker = useCorrections((state) => state.markers.get(target.key));
  const close = () => useCorrections.getState().closeDialog();

  const current = currentValue(target, field);
  const extracted = extractedValue(target, field);
  const pending = pendingFor(marker, field);
  const verdict = checkDraft(field, value, current);
  const empty = t('common.empty');
  const ready = verdict.ok && reason.trim() !== '' && !pending && !action.busy;

  const chooseField = (next: CorrectionField) => {
    setField(next);
    setValue(currentValue(target, next) ?? '');
    action.clearError();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!verdict.ok || !ready) return;
    const done = await action.run(() => useCorrections.getState().propose({ targetKey: target.key, field, newValue: verdict.value, reason: reason.trim() }));
    if (done) close();
    // Refused as locked (approved meanwhile): the workspace learns the filing's new status.
    else void useFilingReview.getState().load(documentId);
  };

  const place = target.figure ?? target.cell;
  // The full row and column headings, where they say more than the item's name.
  const path = target.figure && [target.figure.rowPath.join(' / '), target.figure.columnPath.join(' / ')].filter(Boolean).join(' · ');
  return (
    <Dialog title={t('corrections.dialogTitle')} testId="correction-dialog" onClose={close}>
      <form className="correction-form" onSubmit={(event) => void submit(event)}>
        <dl className="correction-facts">
          <div>
            <dt>{t('corrections.item')}</dt>
            <dd className="correction-label" data-testid="correction-label">
              {describeTarget(target)}
            </dd>
          </div>
          {path && path !== describeTarget(target) && (
            <div>
              <dt>{t('corrections.path')}</dt>
              <dd>{path}</dd>
            </div>
          )}
          <div>
            <dt>{t('corrections.where')}</dt>
            <dd>
              {t('annotations.page', { page: place?.page ?? 0 })}
              <span className="correction-key mono">{target.key}</span>
            </dd>
          </div>
          <div>
            <dt>{t('corrections.extracted')}</dt>
            <dd className="mono" data-testid="correction-extracted">
              {shownValue(field, extracted, empty)}
            </dd>
          </div>
          <div>
            <dt>{t('corrections.current')}</dt>
            <dd className="mono" data-testid="correction-current">
              {shownValue(field, current, empty)}
              {current !== extracted && <span className="badge correction-state correction-state-reviewed">{t('corrections.markerState.reviewed')}</span>}
            </dd>
          </div>
        </dl>
        <div className="correction-inputs">
          <FormField label={t('corrections.field')}>
            <select className="select" data-testid="correction-field" value={field} onChange={(event) => chooseField(event.target.value as CorrectionField)}>
              {fields.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {t(`corrections.fields.${candidate}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label={t('corrections.newValue')}>
            <input
              className={`input mono${verdict.ok ? '' : verdict.problem === 'invalid' ? ' input-invalid' : ''}`}
              data-testid="correction-value"
              value={value}
              maxLength={1000}
              aria-invalid={!verdict.ok && verdict.problem === 'invalid'}
              onChange={(event) => {
                setValue(event.target.value);
                action.clearError();
              }}
            />
          </FormField>
        </div>
        <Verdict check={verdict} field={field} typed={value} />
        {pending && (
          <div className="notice notice-warning correction-pending-note" data-testid="correction-pending">
            {t('corrections.alreadyPending', { id: pending.id, old: shownValue(field, pending.oldValue, empty), value: shownValue(field, pending.newValue, empty), by: pending.proposedBy })}
          </div>
        )}
        <FormField label={t('corrections.reason')} hint={t('corrections.reasonHint')}>
          <textarea className="input" data-testid="correction-reason" rows={3} maxLength={4000} value={reason} onChange={(event) => setReason(event.target.value)} />
        </FormField>
        <FormError error={action.error} testId="correction-error" />
        <TargetHistory documentId={documentId} targetKey={target.key} />
        <FormActions
          hint={t('corrections.submitHint')}
          onCancel={close}
          submitLabel={action.busy ? t('corrections.submitting') : t('corrections.submit')}
          submitTestId="correction-submit"
          disabled={!ready}
        />
      </form>
    </Dialog>
  );
}

/** Under the new value: what it will be recorded as, or why it cannot be. */
function Verdict({ check, field, typed }: { check: ReturnType<typeof checkDraft>; field: CorrectionField; typed: string }) {
  const { t } = useTranslation();
  if (check.ok) {
    return (
      <div className="correction-verdict verdict-ok" data-testid="correction-preview">
        {t('corrections.willRecord', { value: check.value })}
      </div>
    );
  }
  if (check.problem === 'invalid') {
    return (
      <div className="correction-verdict verdict-invalid" role="alert" data-testid="correction-error" title={check.message}>
        {t(`corrections.invalid.${field}`, { text: typed.trim() })}
      </div>
    );
  }
  return <div className="correction-verdict">{t(check.problem === 'empty' ? 'corrections.typeValue' : 'corrections.unchanged')}</div>;
}

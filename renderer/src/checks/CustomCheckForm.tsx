/**
 * A reviewer's own check: a name and a formula over figure ids (`#12 = #10 + #11`).
 * While the form is open a number clicked in the PDF (or a grid cell) is inserted at
 * the cursor. Saved for this filing, or as a template whose `#id`s are replaced by
 * `{table kind:item}` so it applies to every filing. The API's formula error is shown
 * with its position and the cursor put there.
 */
import { useMemo, useRef, useState, type FormEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, TableKind } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError } from '../api/describeError';
import { errorText } from '../i18n/errorText';
import { useChecks, type DraftMode } from '../state/checks';
import { useFigures } from '../state/figures';
import { useTables } from '../state/tables';
import { errorPosition, toTemplate } from './checkModel';

type Props = { documentId: number; onSaved: (customCheckId: number) => void };

export function CustomCheckForm({ documentId, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const draft = useChecks((state) => state.draft);
  const setDraft = useChecks((state) => state.setDraft);
  const byId = useFigures((state) => state.byId);
  const tables = useTables((state) => state.tables);
  const kinds = useMemo(() => new Map<number, TableKind>(tables.map((table) => [table.id, table.kind])), [tables]);
  const formulaRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const rememberCursor = (event: SyntheticEvent<HTMLInputElement>) =>
    setDraft({ cursor: event.currentTarget.selectionStart ?? event.currentTarget.value.length });

  const setMode = (mode: DraftMode) => {
    setError(null);
    if (mode === 'template') {
      const converted = toTemplate(draft.formula, byId, kinds);
      if (!converted.ok) {
        setError(t('checks.custom.notTemplatable', { id: converted.figureId }));
        return;
      }
      setDraft({ mode, formula: converted.formula, cursor: converted.formula.length });
    } else {
      setDraft({ mode });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    let input: ApiInput<'addCustomCheck'> = { ref: String(documentId), name: draft.name.trim(), formula: draft.formula.trim() };
    if (draft.mode === 'template') {
      const converted = toTemplate(input.formula, byId, kinds);
      if (!converted.ok) {
        setError(t('checks.custom.notTemplatable', { id: converted.figureId }));
        return;
      }
      input = { name: input.name, formula: converted.formula, ...(converted.tableKind ? { tableKind: converted.tableKind } : {}) };
    }
    setSaving(true);
    try {
      const saved = await api.addCustomCheck(input);
      onSaved(saved.id);
    } catch (caught) {
      const summary = summarizeError(caught);
      const position = errorPosition(caught);
      if (summary.code === 'INVALID_INPUT' && position !== null) {
        setError(t('checks.custom.invalid', { position: position + 1, message: summary.message.replace(/^formula:\s*/, '') }));
        const input = formulaRef.current;
        input?.focus();
        input?.setSelectionRange(position, position);
      } else {
        setError(t('checks.custom.failed', { reason: `${errorText(t, summary, i18n.language)} (${summary.message})` }));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="custom-check-form" data-testid="custom-check-form" onSubmit={(event) => void submit(event)}>
      <div className="custom-check-title">{t('checks.custom.title')}</div>
      <label className="custom-check-field">
        <span>{t('checks.custom.name')}</span>
        <input
          className="input"
          data-testid="custom-check-name"
          required
          maxLength={200}
          placeholder={t('checks.custom.namePlaceholder')}
          value={draft.name}
          onChange={(event) => setDraft({ name: event.target.value })}
        />
      </label>
      <label className="custom-check-field">
        <span>{t('checks.custom.formula')}</span>
        <input
          ref={formulaRef}
          className="input mono custom-check-formula"
          data-testid="custom-check-formula"
          required
          maxLength={4000}
          spellCheck={false}
          placeholder={t('checks.custom.formulaPlaceholder')}
          aria-invalid={error !== null}
          value={draft.formula}
          onChange={(event) => {
            setError(null);
            setDraft({ formula: event.target.value, cursor: event.target.selectionStart ?? event.target.value.length });
          }}
          onSelect={rememberCursor}
          onKeyUp={rememberCursor}
          onClick={rememberCursor}
        />
      </label>
      <div className="custom-check-hint">{draft.mode === 'template' ? t('checks.custom.templateHint') : t('checks.custom.pickHint')}</div>
      <div className="custom-check-actions">
        <span className="custom-check-scope" role="radiogroup" aria-label={t('checks.custom.scope')}>
          {(['filing', 'template'] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name="custom-check-mode"
                data-testid={`custom-check-mode-${mode}`}
                checked={draft.mode === mode}
                onChange={() => setMode(mode)}
              />
              {t(mode === 'filing' ? 'checks.custom.modeFiling' : 'checks.custom.modeTemplate')}
            </label>
          ))}
        </span>
        <span className="toolbar-spacer" />
        <button type="button" className="button button-small" onClick={() => useChecks.getState().setFormOpen(false)}>
          {t('checks.custom.cancel')}
        </button>
        <button type="submit" className="button button-small button-primary" data-testid="custom-check-save" disabled={saving}>
          {saving ? t('checks.custom.saving') : t('checks.custom.save')}
        </button>
      </div>
      {error && (
        <div className="notice notice-error custom-check-error" role="alert" data-testid="custom-check-error">
          {error}
        </div>
      )}
    </form>
  );
}

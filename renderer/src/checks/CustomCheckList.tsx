import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/door';
import { useChecks } from '../state/checks';

/** The reviewer's saved checks that apply to this filing (its own and the templates), each deletable. */
export function CustomCheckList({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const custom = useChecks((state) => state.custom);
  const [busy, setBusy] = useState<number | null>(null);

  const remove = async (id: number) => {
    setBusy(id);
    try {
      await api.deleteCustomCheck({ id });
      await useChecks.getState().loadCustom();
      onChanged();
    } finally {
      setBusy(null);
    }
  };

  return (
    <details className="custom-check-list" data-testid="custom-check-list" open={custom.length > 0}>
      <summary>
        {t('checks.custom.savedTitle')} <span className="data-tab-count">{custom.length}</span>
      </summary>
      {custom.length === 0 ? (
        <div className="custom-check-hint">{t('checks.custom.none')}</div>
      ) : (
        <ul>
          {custom.map((check) => (
            <li key={check.id} data-testid="custom-check-item" data-id={check.id}>
              <span className="custom-check-name">{check.name}</span>
              <code className="custom-check-code" title={check.formula}>
                {check.formula}
              </code>
              <span className="custom-check-badge">
                {check.documentId === null ? t('checks.custom.scopeTemplate') : t('checks.custom.scopeFiling')}
              </span>
              <button
                type="button"
                className="link-button"
                data-testid="custom-check-delete"
                aria-label={t('checks.custom.deleteLabel', { name: check.name })}
                disabled={busy === check.id}
                onClick={() => void remove(check.id)}
              >
                {t('checks.custom.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

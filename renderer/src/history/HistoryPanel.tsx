import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { AuditIntegrity } from './AuditIntegrity';
import { HistoryList } from './HistoryList';

/** What a filing's audit trail holds, for the filter (sessions and users are not a filing's). */
const FILING_ENTITIES = ['filing', 'correction', 'annotation', 'reply'] as const;

type Props = {
  filingRef: string;
  /** Start with one figure's history (a correction's target). */
  targetKey?: string;
  reload?: number;
  onClose: () => void;
};

/** A drawer on the right with a filing's history: filter by kind, narrow to one figure, the chain's integrity on top. */
export function HistoryPanel({ filingRef, targetKey: initialTarget, reload = 0, onClose }: Props) {
  const { t } = useTranslation();
  const [entity, setEntity] = useState('');
  const [targetKey, setTargetKey] = useState(initialTarget);

  return createPortal(
    <aside
      className="history-panel"
      data-testid="history-panel"
      aria-labelledby="history-panel-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header className="history-panel-header">
        <h2 id="history-panel-title" className="history-panel-title">
          {t('history.title')}
        </h2>
        <AuditIntegrity reload={reload} />
        <span className="toolbar-spacer" />
        <button type="button" className="button button-small" data-testid="history-close" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      <div className="history-panel-filters">
        <select className="select" data-testid="history-entity" aria-label={t('history.entityFilter')} value={entity} onChange={(event) => setEntity(event.target.value)}>
          <option value="">{t('history.allEntities')}</option>
          {FILING_ENTITIES.map((name) => (
            <option key={name} value={name}>
              {t(`history.entities.${name}`)}
            </option>
          ))}
        </select>
        {targetKey && (
          <span className="history-target-filter" data-testid="history-target-filter">
            {t('history.onlyTarget')}
            <span className="mono">{targetKey}</span>
            <button type="button" className="link-button" onClick={() => setTargetKey(undefined)}>
              {t('history.showAll')}
            </button>
          </span>
        )}
      </div>
      <div className="history-panel-body">
        <HistoryList filingRef={filingRef} targetKey={targetKey} entity={entity || undefined} reload={reload} onShowTarget={setTargetKey} />
      </div>
    </aside>,
    document.body,
  );
}

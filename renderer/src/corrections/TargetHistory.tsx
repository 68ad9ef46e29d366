import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryList } from '../history/HistoryList';

/** One figure's or cell's history (corrections, decisions, notes), folded away and read only when opened. */
export function TargetHistory({ documentId, targetKey, reload = 0 }: { documentId: number; targetKey: string; reload?: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="target-history" data-testid="target-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('corrections.history')}</summary>
      {open && <HistoryList filingRef={String(documentId)} targetKey={targetKey} reload={reload} />}
    </details>
  );
}

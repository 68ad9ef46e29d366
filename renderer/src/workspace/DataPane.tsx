import { useEffect, useRef } from 'react';
import { AnnotationsTab } from '../annotations/AnnotationsTab';
import { ChecksTab } from '../checks/ChecksTab';
import { CorrectionsTab } from '../corrections/CorrectionsTab';
import { FiguresTab } from '../figures/FiguresTab';
import { useWorkspace } from '../state/workspace';
import { TablesTab } from '../tables/TablesTab';
import { DataTabs } from './DataTabs';

/** The right pane: the filing's extracted data, in tabs. */
export function DataPane({ documentId }: { documentId: number }) {
  const tab = useWorkspace((state) => state.tab);
  const focusRequest = useWorkspace((state) => state.focusRequest);
  const panelRef = useRef<HTMLDivElement>(null);

  // Ctrl+2 / F6: focus the selected grid cell if any, else the first, else the panel.
  useEffect(() => {
    if (focusRequest?.pane !== 'data') return;
    const panel = panelRef.current;
    const cell = panel?.querySelector<HTMLElement>('.grid-cell-selected, .ag-row-selected .ag-cell, .ag-cell');
    (cell ?? panel)?.focus();
  }, [focusRequest]);

  return (
    <section className="data-pane" data-pane="data" data-testid="data-pane" data-tab={tab}>
      <DataTabs />
      <div
        ref={panelRef}
        id="data-tab-panel"
        className="data-tab-panel"
        role="tabpanel"
        aria-labelledby={`data-tab-${tab}`}
        tabIndex={-1}
      >
        {tab === 'tables' && <TablesTab documentId={documentId} />}
        {tab === 'figures' && <FiguresTab />}
        {tab === 'checks' && <ChecksTab documentId={documentId} />}
        {tab === 'annotations' && <AnnotationsTab />}
        {tab === 'corrections' && <CorrectionsTab documentId={documentId} />}
      </div>
    </section>
  );
}

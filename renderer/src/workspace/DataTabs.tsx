import { useTranslation } from 'react-i18next';
import { DATA_TABS, type DataTab } from '../state/docMemory';
import { useAnnotations } from '../state/annotations';
import { useChecks } from '../state/checks';
import { useCorrections } from '../state/corrections';
import { useFigures } from '../state/figures';
import { useTables } from '../state/tables';
import { useWorkspace } from '../state/workspace';

const COUNT_CLASS: Partial<Record<DataTab, string>> = { checks: ' data-tab-count-fail', corrections: ' data-tab-count-pending' };

/** Tables | Figures | Checks | Annotations | Corrections, with counts where there is data. */
export function DataTabs() {
  const { t } = useTranslation();
  const tab = useWorkspace((state) => state.tab);
  const setTab = useWorkspace((state) => state.setTab);
  const tableCount = useTables((state) => state.tables.length);
  const figureCount = useFigures((state) => state.figures.length);
  const failCount = useChecks((state) => state.summary?.fail ?? 0);
  const openNotes = useAnnotations((state) => state.annotations.filter((annotation) => annotation.status === 'open').length);
  const pendingCorrections = useCorrections((state) => state.corrections.filter((correction) => correction.status === 'pending').length);
  // Review tabs count what needs attention: mismatches, open notes, corrections awaiting a decision.
  const counts: Partial<Record<DataTab, number>> = {
    tables: tableCount,
    figures: figureCount,
    checks: failCount,
    annotations: openNotes,
    corrections: pendingCorrections,
  };

  return (
    <div className="data-tabs" role="tablist" aria-label={t('workspace.dataLabel')}>
      {DATA_TABS.map((candidate) => (
        <button
          key={candidate}
          type="button"
          role="tab"
          id={`data-tab-${candidate}`}
          aria-selected={candidate === tab}
          aria-controls="data-tab-panel"
          className={`data-tab${candidate === tab ? ' active' : ''}`}
          data-testid={`data-tab-${candidate}`}
          onClick={() => setTab(candidate)}
        >
          {t(`workspace.tabs.${candidate}`)}
          {counts[candidate] !== undefined && counts[candidate] > 0 && (
            <span className={`data-tab-count${COUNT_CLASS[candidate] ?? ''}`} data-testid={`data-tab-count-${candidate}`}>
              {counts[candidate]}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}

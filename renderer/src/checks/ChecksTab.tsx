/**
 * The Checks tab: every check result of the filing, failures first, filtered by status
 * and family (or to the figure whose tickmark was clicked). Selecting a result
 * highlights its figures in the PDF; the reviewer can re-run the checks and add their own.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResultRecord } from '../../../shared/api/contract';
import { errorText } from '../i18n/errorText';
import { useChecks } from '../state/checks';
import { CheckFigures } from './CheckFigures';
import { CheckFilters } from './CheckFilters';
import { CheckList } from './CheckList';
import { selectCheckResult } from './checkLinking';
import { CHECK_STATUSES, filterResults, sortResults, type CheckStatus, type FamilyFilter } from './checkModel';
import { CustomCheckForm } from './CustomCheckForm';
import { CustomCheckList } from './CustomCheckList';

export function ChecksTab({ documentId }: { documentId: number }) {
  const { t, i18n } = useTranslation();
  const results = useChecks((state) => state.results);
  const summary = useChecks((state) => state.summary);
  const loading = useChecks((state) => state.loading);
  const running = useChecks((state) => state.running);
  const error = useChecks((state) => state.error);
  const selectedId = useChecks((state) => state.selectedId);
  const figureFilter = useChecks((state) => state.figureFilter);
  const formOpen = useChecks((state) => state.formOpen);
  const [statuses, setStatuses] = useState<ReadonlySet<CheckStatus>>(() => new Set(CHECK_STATUSES));
  const [family, setFamily] = useState<FamilyFilter>('all');

  const sorted = useMemo(() => sortResults(results), [results]);
  const selected = results.find((result) => result.id === selectedId);
  const shown = useMemo(() => filterResults(sorted, { statuses, family, figureId: figureFilter }), [sorted, statuses, family, figureFilter]);

  const toggleStatus = useCallback((status: CheckStatus) => {
    setStatuses((current) => {
      const next = new Set(current);
      if (next.has(status)) next.delete(status);
      else next.add(status);
      return next;
    });
  }, []);
  const onSelect = useCallback((result: CheckResultRecord) => selectCheckResult(result), []);
  const rerun = useCallback(() => void useChecks.getState().run(), []);

  const onSaved = useCallback(async (customCheckId: number) => {
    const checks = useChecks.getState();
    checks.resetDraft();
    checks.setFormOpen(false);
    checks.setFigureFilter(null);
    setStatuses(new Set(CHECK_STATUSES));
    setFamily('all');
    void checks.loadCustom();
    const fresh = await checks.run();
    const mine = fresh?.find((result) => result.key === `custom:${customCheckId}`);
    if (mine) selectCheckResult(mine);
  }, []);

  return (
    <div className="checks-tab" data-testid="checks-tab">
      <CheckFilters
        summary={summary}
        statuses={statuses}
        family={family}
        running={running}
        formOpen={formOpen}
        onToggleStatus={toggleStatus}
        onFamily={setFamily}
        onRerun={rerun}
        onNewCheck={() => useChecks.getState().setFormOpen(!formOpen)}
      />
      {formOpen && <CustomCheckForm documentId={documentId} onSaved={(id) => void onSaved(id)} />}
      {figureFilter !== null && (
        <div className="check-figure-filter" data-testid="check-figure-filter">
          <span>{t('checks.figureFilter', { id: figureFilter })}</span>
          <button type="button" className="link-button" onClick={() => useChecks.getState().setFigureFilter(null)}>
            {t('checks.clearFigureFilter')}
          </button>
          <span className="toolbar-spacer" />
          <span className="library-count">{t('checks.count', { shown: shown.length, count: results.length })}</span>
        </div>
      )}
      {error && (
        <div className="notice notice-error" role="alert" title={error.message}>
          {t('checks.loadFailed', { reason: errorText(t, error, i18n.language) })}
        </div>
      )}
      {results.length === 0 && !error ? (
        <div className="tables-panel-note" data-testid="checks-empty">
          {loading || running ? t('checks.loading') : t('checks.notRun')}
        </div>
      ) : shown.length === 0 ? (
        <div className="tables-panel-note">{t('checks.noMatches')}</div>
      ) : (
        <CheckList results={shown} selectedId={selectedId} onSelect={onSelect} />
      )}
      {selected && <CheckFigures result={selected} />}
      <CustomCheckList onChanged={rerun} />
    </div>
  );
}

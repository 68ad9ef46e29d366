/** The check marks the PDF shows, from the stores: tickmarks (unless hidden) and the selected result's figures. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { figureStatuses } from '../checks/checkModel';
import { useCheckPrefs } from '../state/checkPrefs';
import { useChecks } from '../state/checks';
import { useFigures } from '../state/figures';
import { useWorkspace } from '../state/workspace';
import { groupByPage, type CheckOverlay, type InvolvedFigure, type Tickmark } from './checkOverlay';

export function useCheckOverlay(): CheckOverlay {
  const { t } = useTranslation();
  const results = useChecks((state) => state.results);
  const selectedId = useChecks((state) => state.selectedId);
  const byId = useFigures((state) => state.byId);
  const visible = useCheckPrefs((state) => state.tickmarks);
  const tab = useWorkspace((state) => state.tab);

  const tickmarks = useMemo(() => {
    if (!visible) return new Map<number, Tickmark[]>();
    const marks: Tickmark[] = [];
    for (const [figureId, status] of figureStatuses(results)) {
      const figure = byId.get(figureId);
      if (figure) marks.push({ figureId, page: figure.page, box: figure.box, status, label: t(`checks.tickmark.${status}`), inCell: figure.cellId !== null });
    }
    return groupByPage(marks);
  }, [visible, results, byId, t]);

  const involved = useMemo(() => {
    const result = tab === 'checks' && selectedId !== null ? results.find((candidate) => candidate.id === selectedId) : undefined;
    const figures: InvolvedFigure[] = [];
    for (const [index, figureId] of (result?.figureIds ?? []).entries()) {
      const figure = byId.get(figureId);
      if (figure) figures.push({ figureId, page: figure.page, box: figure.box, primary: index === 0 });
    }
    return groupByPage(figures);
  }, [tab, selectedId, results, byId]);

  return useMemo(() => ({ tickmarks, involved }), [tickmarks, involved]);
}

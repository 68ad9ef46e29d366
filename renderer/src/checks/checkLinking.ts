/**
 * The links between check results and the rest of the workspace: selecting a result
 * highlights its figures in the PDF and turns to the first (its table's cell becomes
 * the grid selection, while the Checks tab stays open); a tickmark's click shows the
 * results that read its figure.
 */
import type { CheckResultRecord } from '../../../shared/api/contract';
import { useChecks } from '../state/checks';
import { useFigures } from '../state/figures';
import { useTables } from '../state/tables';
import { useWorkspace } from '../state/workspace';
import { figureTarget } from '../workspace/linking';
import { sortResults } from './checkModel';

export function selectCheckResult(result: CheckResultRecord): void {
  useChecks.getState().selectResult(result.id);
  const first = useFigures.getState().byId.get(result.figureIds[0] ?? -1);
  if (!first) return;
  if (first.tableId !== null) useTables.getState().select(first.tableId);
  useWorkspace.getState().select(figureTarget(first), 'checks', true);
}

/** A tickmark was clicked: the Checks tab lists the results reading that figure, the worst selected. */
export function showFigureChecks(figureId: number): void {
  const checks = useChecks.getState();
  checks.setFigureFilter(figureId);
  const worst = sortResults(checks.results).find((result) => result.figureIds.includes(figureId));
  checks.selectResult(worst?.id ?? null);
  const workspace = useWorkspace.getState();
  if (workspace.tab !== 'checks') workspace.setTab('checks');
  const figure = useFigures.getState().byId.get(figureId);
  if (figure) {
    if (figure.tableId !== null) useTables.getState().select(figure.tableId);
    workspace.select(figureTarget(figure), 'checks', true);
  }
}

/** While the new-check form is open, a figure picked in the PDF or the grid goes into its formula. */
export function pickingFigures(): boolean {
  return useChecks.getState().formOpen;
}

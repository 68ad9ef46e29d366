/**
 * A filing's review session: on open, restore where the reviewer left it (tab, table,
 * selection; page and zoom are restored by the filing store as the PDF opens) and load
 * its tables and figures; while open, remember every move; on close, let it all go.
 * Data is reloaded whenever an extraction run of the filing ends.
 */
import { useEffect, useLayoutEffect } from 'react';
import { reloadReviewedData } from '../corrections/reviewedData';
import { useAnnotations } from '../state/annotations';
import { useChecks } from '../state/checks';
import { useCorrections } from '../state/corrections';
import { recallView, useDocMemory, type SelectionTarget } from '../state/docMemory';
import { useExtraction } from '../state/extraction';
import { useFigures } from '../state/figures';
import { useFiling } from '../state/filing';
import { useLibrary } from '../state/library';
import { useLocate } from '../viewer/locate';
import { useTableData } from '../state/tableData';
import { useTables } from '../state/tables';
import { useWorkspace, type Selection } from '../state/workspace';

const targetOf = (selection: Selection | null): SelectionTarget | null =>
  selection && {
    tableId: selection.tableId,
    cellId: selection.cellId,
    figureId: selection.figureId,
    page: selection.page,
    box: selection.box,
  };

function rememberChanges(documentId: number): () => void {
  const { remember } = useDocMemory.getState();
  const stops = [
    useFiling.subscribe((state, previous) => {
      if (state.openId !== documentId) return;
      if (state.page !== previous.page || state.zoom !== previous.zoom) remember(documentId, { page: state.page, zoom: state.zoom });
    }),
    useWorkspace.subscribe((state, previous) => {
      if (state.documentId !== documentId) return;
      if (state.tab !== previous.tab) remember(documentId, { tab: state.tab });
      if (state.selection !== previous.selection) remember(documentId, { selection: targetOf(state.selection) });
    }),
    // A grid cell picked while the new-check form is open goes into its formula.
    useWorkspace.subscribe((state, previous) => {
      const { selection } = state;
      if (state.documentId !== documentId || selection === previous.selection || selection?.origin !== 'grid') return;
      if (useChecks.getState().formOpen && selection.figureId !== null) useChecks.getState().insertFigure(selection.figureId);
    }),
    useTables.subscribe((state, previous) => {
      if (state.documentId === documentId && state.selectedId !== previous.selectedId) {
        remember(documentId, { tableId: state.selectedId });
      }
    }),
    // Corrections decided elsewhere (the approval queue): fewer pending on the library row.
    useLibrary.subscribe((state, previous) => {
      const now = state.documents.find((document) => document.id === documentId);
      const before = previous.documents.find((document) => document.id === documentId);
      if (!now || !before || now.pendingCorrections >= before.pendingCorrections) return;
      void useCorrections.getState().load(documentId);
      void reloadReviewedData(documentId);
    }),
  ];
  return () => stops.forEach((stop) => stop());
}

function clearSession(): void {
  useWorkspace.getState().end();
  useTables.getState().clear();
  useTableData.getState().clear();
  useFigures.getState().clear();
  useChecks.getState().clear();
  useAnnotations.getState().clear();
  useCorrections.getState().clear();
  useLocate.getState().clear();
}

export function useWorkspaceSession(documentId: number): void {
  useLayoutEffect(() => {
    clearSession();
    const remembered = recallView(documentId);
    useWorkspace.getState().start(documentId, remembered);
    useTables.getState().start(documentId, remembered?.tableId ?? null);
    const stop = rememberChanges(documentId);
    return () => {
      stop();
      clearSession();
    };
  }, [documentId]);

  const finishedRuns = useExtraction((state) => state.finishedRuns[documentId] ?? 0);
  useEffect(() => {
    // A finished run replaced the filing's tables and figures (with new ids).
    if (finishedRuns > 0) useTableData.getState().clear();
    void useTables.getState().load(documentId);
    void useFigures.getState().load(documentId);
    // Checks run by themselves after extraction, so their results come with the new data.
    void useChecks.getState().load(documentId);
    void useAnnotations.getState().load(documentId);
    void useCorrections.getState().load(documentId);
  }, [documentId, finishedRuns]);
}

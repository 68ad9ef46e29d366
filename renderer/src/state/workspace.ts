/**
 * The review workspace of the open filing: the data tab shown, what is selected (a
 * table cell, a figure, or both: a table figure is its cell) and the transient UI
 * (find bar, shortcut sheet, which pane has focus). Selection carries its page and box,
 * so the PDF can highlight it without knowing where it came from; `origin` tells the
 * PDF whether to scroll (not when the click came from the PDF itself).
 */
import { create } from 'zustand';
import type { DataTab, RememberedView, SelectionTarget } from './docMemory';

export type SelectionOrigin = 'grid' | 'figures' | 'checks' | 'pdf' | 'keyboard' | 'restore';
export type Selection = SelectionTarget & { origin: SelectionOrigin; seq: number };
export type Pane = 'pdf' | 'data';

type WorkspaceState = {
  documentId: number | null;
  tab: DataTab;
  selection: Selection | null;
  findOpen: boolean;
  findQuery: string;
  /** Bumped when a query is handed in from outside, to search again even for the same text. */
  findRunSeq: number;
  /** Bumped to ask the find bar to take focus (again). */
  findFocusSeq: number;
  shortcutsOpen: boolean;
  /** Bumped with the pane to focus, so asking twice for the same pane still works. */
  focusRequest: { pane: Pane; seq: number } | null;
  /** The figures grid's rows as shown (filtered, sorted), for j/k. */
  figureOrder: readonly number[] | null;
  start: (documentId: number, remembered: RememberedView | null) => void;
  end: () => void;
  setTab: (tab: DataTab) => void;
  /** `again`: a deliberate repeat (a click on what is selected) still brings it into view. */
  select: (target: SelectionTarget, origin: SelectionOrigin, again?: boolean) => void;
  clearSelection: () => void;
  /** Opens (and focuses) the find bar, with a query to search for if given. */
  openFind: (query?: string) => void;
  setFindQuery: (query: string) => void;
  closeFind: () => void;
  setShortcutsOpen: (open: boolean) => void;
  focusPane: (pane: Pane) => void;
  setFigureOrder: (order: readonly number[] | null) => void;
};

let seq = 0;

const sameTarget = (a: SelectionTarget | null, b: SelectionTarget) =>
  a !== null && a.tableId === b.tableId && a.cellId === b.cellId && a.figureId === b.figureId;

export const useWorkspace = create<WorkspaceState>()((set, get) => ({
  documentId: null,
  tab: 'tables',
  selection: null,
  findOpen: false,
  findQuery: '',
  findRunSeq: 0,
  findFocusSeq: 0,
  shortcutsOpen: false,
  focusRequest: null,
  figureOrder: null,

  start: (documentId, remembered) =>
    set({
      documentId,
      tab: remembered?.tab ?? 'tables',
      selection: remembered?.selection ? { ...remembered.selection, origin: 'restore', seq: ++seq } : null,
      findOpen: false,
      findQuery: '',
      shortcutsOpen: false,
      focusRequest: null,
      figureOrder: null,
    }),
  end: () => set({ documentId: null, selection: null, findOpen: false, shortcutsOpen: false, figureOrder: null }),
  setTab: (tab) => set({ tab }),
  select: (target, origin, again = false) => {
    // Re-selecting what is selected (a grid echoing our own focus change) must not re-scroll the PDF.
    if (!again && origin !== 'keyboard' && sameTarget(get().selection, target)) return;
    set({ selection: { ...target, origin, seq: ++seq } });
  },
  clearSelection: () => set({ selection: null }),
  openFind: (query) =>
    set((state) => ({
      findOpen: true,
      findFocusSeq: state.findFocusSeq + 1,
      findQuery: query ?? state.findQuery,
      findRunSeq: query === undefined ? state.findRunSeq : state.findRunSeq + 1,
    })),
  setFindQuery: (findQuery) => set({ findQuery }),
  closeFind: () => set({ findOpen: false }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  focusPane: (pane) => set({ focusRequest: { pane, seq: ++seq } }),
  setFigureOrder: (figureOrder) => set({ figureOrder }),
}));

/**
 * The open filing's figures (every number extraction found, in tables and in text),
 * loaded once per filing and extraction run, indexed by page for hit-testing clicks in
 * the PDF and by cell for linking grid cells to their figure.
 */
import { create } from 'zustand';
import type { FigureRecord } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';

type FiguresState = {
  documentId: number | null;
  figures: FigureRecord[];
  byId: ReadonlyMap<number, FigureRecord>;
  byPage: ReadonlyMap<number, FigureRecord[]>;
  byCell: ReadonlyMap<number, FigureRecord>;
  loading: boolean;
  error: ErrorSummary | null;
  load: (documentId: number) => Promise<void>;
  clear: () => void;
};

export function indexFigures(figures: readonly FigureRecord[]) {
  const byId = new Map<number, FigureRecord>();
  const byPage = new Map<number, FigureRecord[]>();
  const byCell = new Map<number, FigureRecord>();
  for (const figure of figures) {
    byId.set(figure.id, figure);
    const onPage = byPage.get(figure.page);
    if (onPage) onPage.push(figure);
    else byPage.set(figure.page, [figure]);
    if (figure.cellId !== null) byCell.set(figure.cellId, figure);
  }
  return { byId, byPage, byCell };
}

const EMPTY = indexFigures([]);
let latestLoad = 0;

export const useFigures = create<FiguresState>()((set, get) => ({
  documentId: null,
  figures: [],
  ...EMPTY,
  loading: false,
  error: null,

  load: async (documentId) => {
    const ticket = ++latestLoad;
    const same = get().documentId === documentId;
    set({ documentId, loading: true, error: null, ...(same ? {} : { figures: [], ...EMPTY }) });
    try {
      const { figures } = await api.listFigures({ ref: String(documentId) });
      if (ticket === latestLoad) set({ figures, ...indexFigures(figures), loading: false });
    } catch (error) {
      if (ticket === latestLoad) set({ loading: false, error: summarizeError(error) });
    }
  },
  clear: () => {
    latestLoad++;
    set({ documentId: null, figures: [], ...EMPTY, loading: false, error: null });
  },
}));

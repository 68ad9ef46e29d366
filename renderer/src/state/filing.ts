/** The filing open in the viewer: which one, its bytes, and where the reader is in it. */
import { create } from 'zustand';
import type { DocumentSummary } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';
import { recallView } from './docMemory';
import { useLibrary } from './library';

/** A fixed scale (1 = 100 %) or "as wide as the pane". */
export type Zoom = 'fit-width' | number;

export const ZOOM_STEPS = [0.25, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4] as const;
const MIN_ZOOM = ZOOM_STEPS[0];
const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1] ?? 4;

/** A request to bring a page into view; `seq` makes asking twice for the same page count. */
export type PageRequest = { page: number; seq: number };
/** A request to find text in the PDF (a search hit opened from the library). */
export type FindRequest = { query: string; seq: number };
/** Where to land when opening a filing, instead of where the reviewer left it. */
export type OpenTarget = { page?: number; find?: string };

/** Performance marks the render bench reads (scripts/bench-render.ts). */
export const OPEN_START_MARK = 'gouji:open-start';

type FilingState = {
  openId: number | null;
  summary: DocumentSummary | null;
  data: Uint8Array | null;
  loading: boolean;
  error: ErrorSummary | null;
  page: number;
  pageCount: number;
  zoom: Zoom;
  /** The scale the viewer actually uses (resolves fit-width), for display and zoom steps. */
  scale: number;
  pageRequest: PageRequest | null;
  findRequest: FindRequest | null;
  open: (id: number, target?: OpenTarget) => Promise<void>;
  close: () => void;
  goToPage: (page: number) => void;
  setVisiblePage: (page: number) => void;
  setPageCount: (pageCount: number) => void;
  setScale: (scale: number) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fitWidth: () => void;
  requestFind: (query: string) => void;
};

let latestOpen = 0;
let requestSeq = 0;

/**
 * Run before a filing's bytes are requested: loads the viewer code and starts pdf.js's
 * worker, so their requests are not queued behind a large file and the worker compiles
 * while the file is on its way. Set by the shell; capped so a slow load never holds up the file.
 */
let preloadViewer: () => Promise<unknown> = async () => undefined;
const PRELOAD_WAIT_MS = 400;

export function setViewerPreload(preload: () => Promise<unknown>): void {
  preloadViewer = preload;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export const useFiling = create<FilingState>()((set, get) => ({
  openId: null,
  summary: null,
  data: null,
  loading: false,
  error: null,
  page: 1,
  pageCount: 0,
  zoom: 'fit-width',
  scale: 1,
  pageRequest: null,
  findRequest: null,

  open: async (id, target) => {
    if (get().openId === id && (get().data || get().loading)) {
      // Already open: only move to the requested place.
      if (target?.page) get().goToPage(target.page);
      if (target?.find) get().requestFind(target.find);
      return;
    }
    performance.mark(OPEN_START_MARK);
    const ticket = ++latestOpen;
    const known = useLibrary.getState().documents.find((document) => document.id === id) ?? null;
    const remembered = recallView(id);
    const page = Math.max(1, Math.round(target?.page ?? remembered?.page ?? 1));
    set({
      openId: id,
      summary: known,
      data: null,
      loading: true,
      error: null,
      page,
      pageCount: known?.pages ?? 0,
      zoom: remembered?.zoom ?? 'fit-width',
      pageRequest: page > 1 ? { page, seq: ++requestSeq } : null,
      findRequest: target?.find ? { query: target.find, seq: ++requestSeq } : null,
    });
    try {
      const ref = String(id);
      const summary = Promise.resolve(known ?? api.getDocument({ ref }));
      summary.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
      await Promise.race([preloadViewer().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, PRELOAD_WAIT_MS))]);
      if (ticket !== latestOpen) return;
      const [resolvedSummary, file] = await Promise.all([summary, api.getDocumentFile({ ref })]);
      if (ticket === latestOpen) set({ summary: resolvedSummary, data: file.data, loading: false });
    } catch (error) {
      if (ticket === latestOpen) set({ loading: false, error: summarizeError(error) });
    }
  },
  close: () => {
    latestOpen++;
    set({ openId: null, summary: null, data: null, loading: false, error: null, pageRequest: null, findRequest: null });
  },
  goToPage: (page) => {
    const { pageCount } = get();
    const target = clamp(Math.round(page), 1, Math.max(1, pageCount));
    set({ page: target, pageRequest: { page: target, seq: ++requestSeq } });
  },
  setVisiblePage: (page) => set({ page }),
  setPageCount: (pageCount) => set({ pageCount }),
  setScale: (scale) => set({ scale }),
  zoomIn: () => {
    const { scale } = get();
    const step = ZOOM_STEPS.find((candidate) => candidate > scale + 0.001) ?? MAX_ZOOM;
    set({ zoom: step });
  },
  zoomOut: () => {
    const { scale } = get();
    const step = [...ZOOM_STEPS].reverse().find((candidate) => candidate < scale - 0.001) ?? MIN_ZOOM;
    set({ zoom: step });
  },
  fitWidth: () => set({ zoom: 'fit-width' }),
  requestFind: (query) => set({ findRequest: { query, seq: ++requestSeq } }),
}));

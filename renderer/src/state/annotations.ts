/**
 * The open filing's annotations and the annotating UI: the region tool, the draft being
 * written (its anchor and where its popover opens), the one selected in the Annotations
 * tab, the one under the mouse on the PDF, and the tab's filters. Every change goes
 * through the API and the answer replaces the record here.
 */
import { create } from 'zustand';
import type { AnnotationAnchor, AnnotationRecord } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError, type ErrorSummary } from '../api/describeError';
import { EMPTY_ANNOTATION_FILTER, type AnnotationFilter } from '../annotations/annotationModel';

/** A client position (px) the popover opens at. */
export type ScreenPoint = { x: number; y: number };
/** `label`: what a cell or figure note is about, for the popover's heading. */
export type AnnotationDraft = { anchor: AnnotationAnchor; at: ScreenPoint; label?: string };
export type AnnotationHover = { id: number; x: number; y: number };

type AnnotationsState = {
  documentId: number | null;
  annotations: AnnotationRecord[];
  loading: boolean;
  error: ErrorSummary | null;
  selectedId: number | null;
  hover: AnnotationHover | null;
  regionTool: boolean;
  draft: AnnotationDraft | null;
  filter: AnnotationFilter;
  load: (documentId: number) => Promise<void>;
  clear: () => void;
  select: (id: number | null) => void;
  setHover: (hover: AnnotationHover | null) => void;
  setRegionTool: (on: boolean) => void;
  startDraft: (draft: AnnotationDraft) => void;
  cancelDraft: () => void;
  setFilter: (patch: Partial<AnnotationFilter>) => void;
  /** Saves the draft; resolves with the new record (the error is thrown to the popover). */
  saveDraft: (comment: string, tags: readonly string[]) => Promise<AnnotationRecord>;
  update: (id: number, patch: { comment?: string; tags?: string[]; status?: AnnotationRecord['status'] }) => Promise<AnnotationRecord>;
  remove: (id: number) => Promise<void>;
  reply: (id: number, body: string) => Promise<AnnotationRecord>;
};

let latestLoad = 0;

const NOTHING_LOADED = {
  documentId: null,
  annotations: [],
  loading: false,
  error: null,
  selectedId: null,
  hover: null,
  regionTool: false,
  draft: null,
  filter: EMPTY_ANNOTATION_FILTER,
} satisfies Partial<AnnotationsState>;

export const useAnnotations = create<AnnotationsState>()((set, get) => {
  /** Puts the API's answer in place of the record it replaces (or first, if new). */
  const upsert = (record: AnnotationRecord) =>
    set((state) => {
      const known = state.annotations.some((annotation) => annotation.id === record.id);
      return {
        annotations: known ? state.annotations.map((annotation) => (annotation.id === record.id ? record : annotation)) : [...state.annotations, record],
      };
    });

  return {
    ...NOTHING_LOADED,

    load: async (documentId) => {
      const ticket = ++latestLoad;
      const same = get().documentId === documentId;
      set({ documentId, loading: true, error: null, ...(same ? {} : { annotations: [], selectedId: null, draft: null }) });
      try {
        const { annotations } = await api.listAnnotations({ ref: String(documentId) });
        if (ticket === latestLoad) set({ annotations, loading: false });
      } catch (error) {
        if (ticket === latestLoad) set({ loading: false, error: summarizeError(error) });
      }
    },
    clear: () => {
      latestLoad++;
      set(NOTHING_LOADED);
    },
    select: (selectedId) => set({ selectedId }),
    setHover: (hover) => {
      const known = get().hover;
      if (hover?.id === known?.id && hover?.x === known?.x && hover?.y === known?.y) return;
      set({ hover });
    },
    setRegionTool: (regionTool) => set({ regionTool }),
    startDraft: (draft) => set({ draft, hover: null }),
    cancelDraft: () => set({ draft: null }),
    setFilter: (patch) => set((state) => ({ filter: { ...state.filter, ...patch } })),

    saveDraft: async (comment, tags) => {
      const { documentId, draft } = get();
      if (documentId === null || !draft) throw new Error('nothing to save');
      const record = await api.addAnnotation({ ref: String(documentId), anchor: draft.anchor, comment, tags: [...tags] });
      if (get().documentId !== documentId) return record;
      upsert(record);
      // The region tool has done its job; the new note is the one selected.
      set({ draft: null, regionTool: false, selectedId: record.id });
      return record;
    },
    update: async (id, patch) => {
      const record = await api.updateAnnotation({ id, ...patch });
      upsert(record);
      return record;
    },
    remove: async (id) => {
      await api.deleteAnnotation({ id });
      set((state) => ({
        annotations: state.annotations.filter((annotation) => annotation.id !== id),
        selectedId: state.selectedId === id ? null : state.selectedId,
      }));
    },
    reply: async (id, body) => {
      const record = await api.replyToAnnotation({ id, body });
      upsert(record);
      return record;
    },
  };
});

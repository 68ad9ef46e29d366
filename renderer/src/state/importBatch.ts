/**
 * The import batch: files go through the core one at a time (each is read into memory
 * whole), and one failure never stops the rest. Files added while a batch runs join it.
 */
import { create } from 'zustand';
import { MAX_IMPORT_BYTES, type ImportOutcome } from '../../../shared/api/contract';
import { api } from '../api/door';
import { summarizeError } from '../api/describeError';
import { useLibrary } from './library';

export type ImportResult =
  | { key: number; fileName: string; status: 'imported' | 'duplicate'; documentId: number }
  | { key: number; fileName: string; status: 'failed'; code: string; message: string };

type ImportBatchState = {
  queue: File[];
  running: boolean;
  /** Files finished in this batch, and the batch size so far (grows if files are added). */
  done: number;
  total: number;
  currentFileName: string | null;
  results: ImportResult[];
  /** Set when a chosen folder or drop held no PDF at all. */
  nothingToImport: boolean;
  panelOpen: boolean;
  enqueue: (files: readonly File[]) => void;
  dismiss: () => void;
};

let nextKey = 1;

async function importOne(file: File): Promise<ImportResult> {
  const key = nextKey++;
  const fileName = file.name;
  // Refuse early rather than read half a gigabyte into memory only to be told no.
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      key,
      fileName,
      status: 'failed',
      code: 'TOO_LARGE',
      message: `${file.size} bytes exceeds the ${MAX_IMPORT_BYTES}-byte limit`,
    };
  }
  try {
    const data = new Uint8Array(await file.arrayBuffer());
    const outcome: ImportOutcome = await api.importFile({ fileName, data });
    if (outcome.status === 'failed') {
      return { key, fileName, status: 'failed', ...outcome.error };
    }
    return { key, fileName, status: outcome.status, documentId: outcome.document.id };
  } catch (error) {
    return { key, fileName, status: 'failed', ...summarizeError(error) };
  }
}

export const useImportBatch = create<ImportBatchState>()((set, get) => {
  async function drain(): Promise<void> {
    set({ running: true });
    for (let file = get().queue[0]; file; file = get().queue[0]) {
      set({ currentFileName: file.name });
      const result = await importOne(file);
      // Each new filing shows up (and its extraction starts showing) without waiting for the batch.
      if (result.status === 'imported') void useLibrary.getState().load();
      set((state) => ({
        queue: state.queue.slice(1),
        done: state.done + 1,
        results: [...state.results, result],
      }));
    }
    set({ running: false, currentFileName: null });
    await useLibrary.getState().load();
  }

  return {
    queue: [],
    running: false,
    done: 0,
    total: 0,
    currentFileName: null,
    results: [],
    nothingToImport: false,
    panelOpen: false,

    enqueue: (files) => {
      if (files.length === 0) {
        if (!get().running) set({ nothingToImport: true, panelOpen: true, results: [], done: 0, total: 0 });
        return;
      }
      if (get().running) {
        set((state) => ({ queue: [...state.queue, ...files], total: state.total + files.length }));
        return;
      }
      // A new batch replaces the previous batch's report.
      set({
        queue: [...files],
        total: files.length,
        done: 0,
        results: [],
        nothingToImport: false,
        panelOpen: true,
      });
      void drain();
    },
    dismiss: () => {
      if (!get().running) set({ panelOpen: false, results: [], nothingToImport: false });
    },
  };
});

/**
 * Requests to turn the PDF to a place and flash it there (an annotation or a corrected
 * figure picked in a list): the boxes of one page, asked for again with a new `seq`.
 */
import { create } from 'zustand';
import type { Box } from '../state/docMemory';

export type LocateRequest = { page: number; rects: readonly Box[]; seq: number };

type LocateState = { request: LocateRequest | null; locate: (page: number, rects: readonly Box[]) => void; clear: () => void };

let seq = 0;

export const useLocate = create<LocateState>()((set) => ({
  request: null,
  locate: (page, rects) => set({ request: { page, rects, seq: ++seq } }),
  clear: () => set({ request: null }),
}));

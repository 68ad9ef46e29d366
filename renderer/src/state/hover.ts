/** The number under the mouse in the PDF, for its tooltip (kept apart so only the tooltip re-renders). */
import { create } from 'zustand';

export type NumberTip = {
  /** Where the mouse is, in client pixels. */
  x: number;
  y: number;
  label: string;
  printed: string | null;
  value: string | null;
  unit: string | null;
  scale: string | null;
  precision: number | null;
  percent: boolean;
};

type HoverState = {
  tip: NumberTip | null;
  show: (tip: NumberTip) => void;
  hide: () => void;
};

export const useHover = create<HoverState>()((set, get) => ({
  tip: null,
  show: (tip) => set({ tip }),
  hide: () => {
    if (get().tip) set({ tip: null });
  },
}));

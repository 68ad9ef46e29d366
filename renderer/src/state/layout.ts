/** The workspace's arrangement, the same for every filing: the split and the PDF sidebar. */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type SidebarView = 'thumbnails' | 'outline';

/** The PDF pane's share of the workspace width, kept within these bounds. */
export const MIN_SPLIT = 0.2;
export const MAX_SPLIT = 0.8;
export const DEFAULT_SPLIT = 0.5;

type LayoutState = {
  split: number;
  sidebarOpen: boolean;
  sidebarView: SidebarView;
  setSplit: (split: number) => void;
  toggleSidebar: () => void;
  showSidebar: (view: SidebarView) => void;
};

export const clampSplit = (split: number) =>
  Number.isFinite(split) ? Math.min(MAX_SPLIT, Math.max(MIN_SPLIT, split)) : DEFAULT_SPLIT;

export const useLayout = create<LayoutState>()(
  persist(
    (set) => ({
      split: DEFAULT_SPLIT,
      sidebarOpen: false,
      sidebarView: 'thumbnails',
      setSplit: (split) => set({ split: clampSplit(split) }),
      toggleSidebar: () => set((state) => ({ sidebarOpen: !state.sidebarOpen })),
      showSidebar: (sidebarView) => set({ sidebarOpen: true, sidebarView }),
    }),
    {
      name: 'gouji.layout',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ split, sidebarOpen, sidebarView }) => ({ split, sidebarOpen, sidebarView }),
    },
  ),
);

/** The reviewer's choices about checks that hold for every filing: whether tickmarks are drawn on the PDF. */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

type CheckPrefsState = {
  tickmarks: boolean;
  setTickmarks: (tickmarks: boolean) => void;
};

export const useCheckPrefs = create<CheckPrefsState>()(
  persist(
    (set) => ({
      tickmarks: true,
      setTickmarks: (tickmarks) => set({ tickmarks }),
    }),
    {
      name: 'gouji.checks',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ tickmarks }) => ({ tickmarks }),
    },
  ),
);

import { useCallback, useState } from 'react';

export type Selection = {
  selected: ReadonlySet<number>;
  toggle: (id: number) => void;
  /** Selects or deselects these ids together. */
  setMany: (ids: readonly number[], select: boolean) => void;
  clear: () => void;
};

/** A set of selected ids, for row checkboxes. */
export function useSelection(): Selection {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const toggle = useCallback((id: number) => {
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const setMany = useCallback((ids: readonly number[], select: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (select) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, toggle, setMany, clear };
}

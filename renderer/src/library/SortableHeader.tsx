import { useTranslation } from 'react-i18next';
import { useLibrary } from '../state/library';
import { columnLabel } from './columns';
import type { SortKey } from './sortAndFilter';

type Props = { sortKey: SortKey; numeric?: boolean; className: string };

export function SortableHeader({ sortKey, numeric, className }: Props) {
  const { t } = useTranslation();
  const sort = useLibrary((state) => state.sort);
  const sortBy = useLibrary((state) => state.sortBy);
  const active = sort.key === sortKey;
  const direction = active ? sort.direction : undefined;

  return (
    <th
      scope="col"
      className={`${className}${numeric ? ' numeric' : ''}`}
      aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
    >
      <button
        type="button"
        className={`sort-button${active ? ' sort-active' : ''}`}
        data-sort-key={sortKey}
        data-sort-direction={direction}
        title={
          direction
            ? t(direction === 'asc' ? 'library.sortAscending' : 'library.sortDescending')
            : undefined
        }
        onClick={() => sortBy(sortKey)}
      >
        <span>{columnLabel(t, sortKey)}</span>
        <span className={`sort-indicator sort-${direction ?? 'none'}`} aria-hidden="true" />
      </button>
    </th>
  );
}

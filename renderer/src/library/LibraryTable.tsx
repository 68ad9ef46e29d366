import { useCallback, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/api/contract';
import { useLibrary } from '../state/library';
import { openFiling } from '../state/navigation';
import { LIBRARY_COLUMNS } from './columns';
import { LibraryRow } from './LibraryRow';
import { SortableHeader } from './SortableHeader';

/** Arrow keys move between rows; the row itself handles Enter. */
function moveFocus(event: KeyboardEvent<HTMLTableSectionElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const row = (event.target as HTMLElement).closest('tr');
  const next = event.key === 'ArrowDown' ? row?.nextElementSibling : row?.previousElementSibling;
  if (next instanceof HTMLElement) {
    event.preventDefault();
    next.focus();
  }
}

export function LibraryTable({ documents }: { documents: readonly DocumentSummary[] }) {
  const { t } = useTranslation();
  const selectedId = useLibrary((state) => state.selectedId);
  const select = useLibrary((state) => state.select);
  const open = useCallback((id: number) => openFiling(id), []);

  if (documents.length === 0) {
    return <div className="placeholder">{t('library.noMatches')}</div>;
  }
  return (
    <div className="grid-scroll">
      <table className="grid">
        <thead>
          <tr>
            {LIBRARY_COLUMNS.map((column) => (
              <SortableHeader
                key={column.key}
                sortKey={column.key}
                numeric={column.numeric}
                className={column.className}
              />
            ))}
            <th scope="col" className="col-actions">
              <span className="visually-hidden">{t('library.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody onKeyDown={moveFocus}>
          {documents.map((document) => (
            <LibraryRow
              key={document.id}
              document={document}
              selected={document.id === selectedId}
              onSelect={select}
              onOpen={open}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, SearchHit } from '../../../shared/api/contract';
import { snippetParts } from './snippetParts';

type Props = { hit: SearchHit; document: DocumentSummary | undefined; onOpen: (hit: SearchHit) => void };

/** One search hit: which filing, which page, and the words around the hit. */
export const SearchHitItem = memo(function SearchHitItem({ hit, document, onOpen }: Props) {
  const { t } = useTranslation();
  const name = document?.shortName ?? document?.title ?? document?.fileName ?? t('filing.breadcrumb', { id: hit.documentId });
  return (
    <li className="search-hit-entry">
      <button
        type="button"
        className="search-hit"
        data-testid="search-hit"
        data-document-id={hit.documentId}
        data-page={hit.page}
        title={t('search.openHit', { name, page: hit.page })}
        onClick={() => onOpen(hit)}
      >
        <span className="search-hit-source">
          <span className="search-hit-name">{name}</span>
          {document?.securityCode && <span className="mono search-hit-code">{document.securityCode}</span>}
          <span className="search-hit-page">{t('tables.page', { page: hit.page })}</span>
        </span>
        <span className="search-hit-snippet">
          {snippetParts(hit.snippet).map((part, index) =>
            part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
          )}
        </span>
      </button>
    </li>
  );
});

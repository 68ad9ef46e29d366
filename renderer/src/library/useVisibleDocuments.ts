import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/api/contract';
import { useLibrary } from '../state/library';
import { filterDocuments, sortDocuments } from './sortAndFilter';

/** The library rows after the filter box, the type select and the sort are applied. */
export function useVisibleDocuments(): DocumentSummary[] {
  const { t } = useTranslation();
  const documents = useLibrary((state) => state.documents);
  const filter = useLibrary((state) => state.filter);
  const typeFilter = useLibrary((state) => state.typeFilter);
  const sort = useLibrary((state) => state.sort);

  return useMemo(
    () =>
      sortDocuments(filterDocuments(documents, filter, typeFilter), sort, {
        documentType: (type) => t(`documentType.${type}`),
        reviewStatus: (status) => t(`review.status.${status}`),
        extractionStatus: (status) => t(`extraction.status.${status}`),
      }),
    [documents, filter, typeFilter, sort, t],
  );
}

/**
 * Pure helpers behind the library grid: what matches the filter box and type select,
 * and in which order rows appear. Empty values always sort last, whatever the direction.
 */
import type { DocumentSummary, DocumentType } from '../../../shared/api/contract';

export const SORT_KEYS = [
  'securityCode',
  'shortName',
  'documentType',
  'reportPeriod',
  'pages',
  'importedAt',
  'reviewStatus',
  'reviewWork',
  'extractionStatus',
  'checks',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export type Sort = { key: SortKey; direction: SortDirection };
export type TypeFilter = DocumentType | 'all';

/** Labels the user sees, so "type" and "status" sort the way they read. */
export type SortLabels = {
  documentType: (type: DocumentType) => string;
  reviewStatus: (status: DocumentSummary['reviewStatus']) => string;
  extractionStatus: (status: DocumentSummary['extractionStatus']) => string;
};

const normalize = (text: string) => text.normalize('NFKC').toLocaleLowerCase().trim();

export function filterDocuments(
  documents: readonly DocumentSummary[],
  query: string,
  type: TypeFilter,
): DocumentSummary[] {
  const needle = normalize(query);
  return documents.filter((document) => {
    if (type !== 'all' && document.documentType !== type) return false;
    if (!needle) return true;
    const haystack = [
      document.securityCode,
      document.shortName,
      document.company,
      document.fileName,
      document.title,
    ];
    return haystack.some((value) => value !== null && normalize(value).includes(needle));
  });
}

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

function sortValue(document: DocumentSummary, key: SortKey, labels: SortLabels): string | number | null {
  switch (key) {
    case 'pages':
      return document.pages;
    case 'documentType':
      return labels.documentType(document.documentType);
    case 'reviewStatus':
      return labels.reviewStatus(document.reviewStatus);
    case 'extractionStatus':
      return labels.extractionStatus(document.extractionStatus);
    case 'reviewWork':
      // Open review work: corrections awaiting a supervisor and annotations not yet resolved.
      return document.pendingCorrections + document.openAnnotations;
    case 'checks':
      // By failures; filings not checked yet sort last.
      return document.checks?.fail ?? null;
    default: {
      const value = document[key];
      return value === null || value === '' ? null : value;
    }
  }
}

export function sortDocuments(
  documents: readonly DocumentSummary[],
  sort: Sort,
  labels: SortLabels,
): DocumentSummary[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return documents
    .map((document) => ({ document, value: sortValue(document, sort.key, labels) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.document.id - b.document.id;
        return a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      // Ties keep a stable, predictable order: by id.
      return order !== 0 ? sign * order : a.document.id - b.document.id;
    })
    .map(({ document }) => document);
}

/** Columns whose first click puts the most on top: newest imports, most failures, most open review work. */
const DESCENDING_FIRST: readonly SortKey[] = ['importedAt', 'checks', 'reviewWork'];

/** Clicking the sorted column flips it; a new column starts ascending, or descending where the most matters first. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) {
    return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { key, direction: DESCENDING_FIRST.includes(key) ? 'desc' : 'asc' };
}

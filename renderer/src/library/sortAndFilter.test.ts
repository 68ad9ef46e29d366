import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/api/contract';
import { filterDocuments, nextSort, sortDocuments, type SortLabels } from './sortAndFilter';

function summary(overrides: Partial<DocumentSummary> & { id: number }): DocumentSummary {
  return {
    sha256: overrides.id.toString(16).padStart(64, '0'),
    fileName: `file-${overrides.id}.pdf`,
    bytes: 1000,
    pages: 10,
    producer: null,
    hasTextLayer: true,
    documentType: 'other',
    title: null,
    securityCode: null,
    shortName: null,
    company: null,
    reportPeriod: null,
    disclosureDate: null,
    importedAt: '2025-01-01T00:00:00.000Z',
    importedBy: 'tester',
    reviewStatus: 'new',
    extractionStatus: 'done',
    extractedAt: null,
    extractionError: null,
    checks: null,
    pendingCorrections: 0,
    openAnnotations: 0,
    ...overrides,
  };
}

const labels: SortLabels = {
  documentType: (type) => type,
  reviewStatus: (status) => status,
  extractionStatus: (status) => status,
};

const documents = [
  summary({ id: 1, securityCode: '603598', shortName: '引力传媒', pages: 180, documentType: 'half_year_report' }),
  summary({ id: 2, securityCode: '002020', shortName: '京新药业', company: '浙江京新药业股份有限公司', pages: 12 }),
  summary({ id: 3, fileName: 'ＡＢＣ核查意见.pdf', pages: 3 }),
];

describe('filterDocuments', () => {
  it('matches code, short name, company and file name, case- and width-insensitively', () => {
    expect(filterDocuments(documents, '0020', 'all').map((d) => d.id)).toEqual([2]);
    expect(filterDocuments(documents, '引力', 'all').map((d) => d.id)).toEqual([1]);
    expect(filterDocuments(documents, '浙江', 'all').map((d) => d.id)).toEqual([2]);
    expect(filterDocuments(documents, 'abc', 'all').map((d) => d.id)).toEqual([3]);
  });

  it('applies the document type', () => {
    expect(filterDocuments(documents, '', 'half_year_report').map((d) => d.id)).toEqual([1]);
  });
});

describe('sortDocuments', () => {
  it('sorts numbers numerically both ways', () => {
    expect(sortDocuments(documents, { key: 'pages', direction: 'asc' }, labels).map((d) => d.id)).toEqual([3, 2, 1]);
    expect(sortDocuments(documents, { key: 'pages', direction: 'desc' }, labels).map((d) => d.id)).toEqual([1, 2, 3]);
  });

  it('puts empty values last in either direction', () => {
    expect(sortDocuments(documents, { key: 'securityCode', direction: 'asc' }, labels).map((d) => d.id)).toEqual([2, 1, 3]);
    expect(sortDocuments(documents, { key: 'securityCode', direction: 'desc' }, labels).map((d) => d.id)).toEqual([1, 2, 3]);
  });
});

describe('nextSort', () => {
  it('flips the active column and starts a new one ascending', () => {
    expect(nextSort({ key: 'pages', direction: 'asc' }, 'pages')).toEqual({ key: 'pages', direction: 'desc' });
    expect(nextSort({ key: 'pages', direction: 'desc' }, 'shortName')).toEqual({ key: 'shortName', direction: 'asc' });
  });
});

describe('sorting by checks', () => {
  const labels: SortLabels = { documentType: (type) => type, reviewStatus: (status) => status, extractionStatus: (status) => status };
  const counts = (fail: number) => ({ pass: 1, rounding: 0, fail, cannot_evaluate: 0 });

  it('starts with the most failures; unchecked filings last either way', () => {
    const documents = [summary({ id: 1, checks: counts(0) }), summary({ id: 2, checks: null }), summary({ id: 3, checks: counts(4) })];
    const sort = nextSort({ key: 'importedAt', direction: 'desc' }, 'checks');
    expect(sort).toEqual({ key: 'checks', direction: 'desc' });
    expect(sortDocuments(documents, sort, labels).map((d) => d.id)).toEqual([3, 1, 2]);
    expect(sortDocuments(documents, nextSort(sort, 'checks'), labels).map((d) => d.id)).toEqual([1, 3, 2]);
  });
});

describe('sorting by review work', () => {
  it('puts the filings with the most pending corrections and open annotations first', () => {
    const documents = [
      summary({ id: 1, pendingCorrections: 1, openAnnotations: 0 }),
      summary({ id: 2, pendingCorrections: 2, openAnnotations: 3 }),
      summary({ id: 3 }),
    ];
    const sort = nextSort({ key: 'importedAt', direction: 'desc' }, 'reviewWork');
    expect(sort).toEqual({ key: 'reviewWork', direction: 'desc' });
    expect(sortDocuments(documents, sort, labels).map((d) => d.id)).toEqual([2, 1, 3]);
  });
});

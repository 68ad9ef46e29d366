import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { ExtractionCancelled, PdfWorkerPool } from '../../electron/core/extract/pool';
import { ExtractionRepository } from '../../electron/core/store/extraction';
import type { ExtractionResult } from '../../shared/domain/extraction/result';
import type { PageGeometry } from '../../shared/domain/extraction/types';
import { readFixture, tempCore } from '../helpers';

let core: Core;
let announcement: string;
let scanned: string;

async function importFixture(...parts: string[]): Promise<string> {
  const outcome = await core.call('importFile', { fileName: parts[parts.length - 1]!, data: readFixture(...parts) });
  if (outcome.status === 'failed') throw new Error(outcome.error.message);
  return String(outcome.document.id);
}

beforeAll(async () => {
  core = tempCore();
  announcement = await importFixture('seed-000.pdf');
  scanned = await importFixture('real', '002020-scanned-opinion.pdf');
});
afterAll(() => core.close());

describe('extraction of a related-party announcement', () => {
  it('runs to done with per-page progress and stores its table, cells and figures', async () => {
    const status = await core.call('extractDocument', { ref: announcement, wait: true });
    expect(status).toMatchObject({ status: 'done', pagesDone: 7, pagesTotal: 7, error: null, warnings: [] });
    expect(status.counts!.tables).toBe(1);
    expect((await core.call('getDocument', { ref: announcement })).extractionStatus).toBe('done');
  });

  it('reads the table: title, kind, unit, rows and exact values', async () => {
    const { tables } = await core.call('listTables', { ref: announcement });
    expect(tables[0]).toMatchObject({ title: '预计情况', kind: 'related_party', unit: '元', pageStart: 1, ruled: true });
    const { cells } = await core.call('getTable', { tableId: tables[0]!.id });
    const total = cells.find((c) => c.text === '90,250,000.00');
    expect(total).toMatchObject({ valueKind: 'number', value: '90250000.00', precision: 2, page: 1 });
    expect(total!.box.x1).toBeGreaterThan(total!.box.x0);
    const { figures } = await core.call('listFigures', { ref: announcement, tableId: tables[0]!.id });
    expect(figures.find((f) => f.value === '90250000.00')).toMatchObject({ metric: '合计', unit: '元', scale: '1', source: 'table', cellId: total!.id });
  });

  it('finds the amounts in the running text, with their spans and boxes', async () => {
    const { figures } = await core.call('listFigures', { ref: announcement, source: 'text' });
    const expected = figures.filter((f) => f.value === '20000000.00' && f.unit === '元');
    expect(expected.length).toBeGreaterThanOrEqual(2);
    for (const figure of expected) {
      expect(figure.context).toContain('20,000,000.00');
      expect(figure.box.x1 - figure.box.x0).toBeGreaterThan(10);
      expect(figure.page).toBeGreaterThanOrEqual(1);
    }
  });

  it('indexes every page for full-text search, three characters or two', async () => {
    const long = await core.call('searchText', { query: '阿里云计算有限公司' });
    expect(long.hits[0]).toMatchObject({ documentId: Number(announcement), page: 1 });
    expect(long.hits[0]!.snippet).toContain('«阿里云计算有限公司»');
    expect((await core.call('searchText', { query: '阿里' })).hits.length).toBeGreaterThan(0);
    expect((await core.call('searchText', { query: '没有这样的词语' })).hits).toEqual([]);
  });

  it('re-extracts by replacing the data whole', async () => {
    const rowsIn = (table: string): number => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const before = { tables: await core.call('listTables', { ref: announcement }), cells: rowsIn('cells'), figures: rowsIn('figures'), pages: rowsIn('pages') };
    const status = await core.call('extractDocument', { ref: announcement, wait: true });
    const after = await core.call('listTables', { ref: announcement });
    expect(after.tables.map((t) => t.title)).toEqual(before.tables.tables.map((t) => t.title));
    // Nothing of the first run is left beside the second.
    expect({ cells: rowsIn('cells'), figures: rowsIn('figures'), pages: rowsIn('pages') }).toEqual({ cells: before.cells, figures: before.figures, pages: before.pages });
    expect(status.counts).toEqual((await core.call('getExtractionStatus', { ref: announcement })).counts);
  });

  it('keeps the previous data when a write fails midway (one transaction)', async () => {
    const repo = new ExtractionRepository(core.db);
    const id = Number(announcement);
    const before = repo.counts(id);
    const broken: ExtractionResult = {
      pages: [{ page: 1, width: 595, height: 842, hasTextLayer: true, imageCoverage: 0, text: 'x' }],
      tables: [{ seq: 0, pageStart: 1, pageEnd: 1, title: null, kind: 'other', unit: null, scale: null, currency: null, rowCount: 1, colCount: 1, headerRows: 0, ruled: true, regions: [], figures: [],
        cells: [{ row: 0, col: 0, rowSpan: 1, colSpan: 1, page: 1, box: { x0: 0, y0: 0, x1: 1, y1: 1 }, text: 'a', isHeader: false, valueKind: 'text', value: null, precision: null },
                { row: 0, col: 0, rowSpan: 1, colSpan: 1, page: 1, box: { x0: 0, y0: 0, x1: 1, y1: 1 }, text: 'duplicate position', isHeader: false, valueKind: 'text', value: null, precision: null }] }],
      textFigures: [],
    };
    expect(() => repo.replace(id, broken)).toThrow(/UNIQUE/);
    expect(repo.counts(id)).toEqual(before);
  });
});

describe('a scanned filing', () => {
  it('reports each page without a text layer and invents nothing', async () => {
    const status = await core.call('extractDocument', { ref: scanned, wait: true });
    expect(status.status).toBe('done');
    expect(status.counts).toEqual({ tables: 0, cells: 0, figures: 0 });
    expect(status.warnings.map((w) => [w.page, w.code])).toEqual([[1, 'NO_TEXT_LAYER'], [2, 'NO_TEXT_LAYER'], [3, 'NO_TEXT_LAYER'], [4, 'NO_TEXT_LAYER']]);
    expect(status.warnings[0]!.message).toMatch(/page 1 has no text layer.*OCR is not available/);
    const { pages } = await core.call('listPages', { ref: scanned });
    expect(pages.every((p) => !p.hasTextLayer && p.imageCoverage > 0.5)).toBe(true);
  });
});

describe('cancelling', () => {
  it('stops a running extraction and keeps nothing half-written', async () => {
    const report = await importFixture('seed-001.pdf');
    const started = await core.call('extractDocument', { ref: report });
    expect(started.status).toBe('running');
    const cancelled = await core.call('cancelExtraction', { ref: report });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.counts).toBeNull();
    expect((await core.call('listTables', { ref: report })).tables).toEqual([]);
  });
});

describe('the PDF worker pool', () => {
  const sha = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

  // The probe's pages (first three, last) come from the probe; the rest are read ahead, then on.
  it.each([
    ['seed-004.pdf', 48],
    [path.join('real', '002020-q1-2018.pdf'), 20],
  ] as const)('reads %s after its probe as a cold read does, each page once', async (file, count) => {
    const data = readFixture(file);
    const cold = new PdfWorkerPool(2);
    const warm = new PdfWorkerPool(2);
    try {
      const expected = await cold.readPages(data, sha(data), count);
      for (let round = 0; round < 3; round++) {
        const probe = await warm.probe(data, sha(data));
        const seen: number[] = [];
        const onPage = (geometry: PageGeometry, done: number, total: number): void => {
          seen.push(geometry.page);
          expect([done, total]).toEqual([seen.length, count]);
        };
        const pages = await warm.readPages(data, sha(data), probe.pages, { onPage });
        expect(pages).toEqual(expected);
        expect([...seen].sort((a, b) => a - b)).toEqual(expected.map((p) => p.page));
      }
    } finally {
      cold.close();
      warm.close();
    }
  });

  it('drops a read-ahead nobody claims when another file comes, and stops at once when cancelled', async () => {
    const first = readFixture('seed-001.pdf');
    const second = readFixture('seed-000.pdf');
    const pool = new PdfWorkerPool(2);
    try {
      await pool.probe(first, sha(first));
      const { pages } = await pool.probe(second, sha(second));
      expect((await pool.readPages(second, sha(second), pages)).map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      const controller = new AbortController();
      const onPage = (_: PageGeometry, done: number): void => {
        if (done === 3) controller.abort();
      };
      const reading = pool.readPages(first, sha(first), 152, { signal: controller.signal, onPage });
      await expect(reading).rejects.toBeInstanceOf(ExtractionCancelled);
    } finally {
      pool.close();
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectDrawing, readDocumentGeometry, readPageGeometry } from '../../electron/core/extract/page-geometry';
import { readTextItems } from '../../electron/core/extract/page-text';
import { ANNOTATION_MODE_DISABLE, OPS as COPIED_OPS } from '../../electron/core/extract/pdf-operators';
import { openPdf, type PDFDocumentProxy } from '../../electron/core/ingest/pdfjs-node';
import type { PageGeometry } from '../../shared/domain/extraction/types';
import { detectTables } from '../../shared/domain/tables';
import { readFixture, REPO_ROOT } from '../helpers';

async function withDocument<T>(data: Uint8Array, read: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const task = openPdf(data);
  try {
    return await read(await task.promise);
  } finally {
    await task.destroy();
  }
}

function runNamed(page: PageGeometry, text: string) {
  const found = page.runs.find((r) => r.text.includes(text));
  expect(found, `a run with "${text}"`).toBeDefined();
  return found!;
}

describe('readPageGeometry on a Chromium-rendered seed (Type 3 fonts)', () => {
  let page1: PageGeometry;
  beforeAll(async () => {
    page1 = await withDocument(readFixture('seed-000.pdf'), async (doc) => readPageGeometry(await doc.getPage(1)));
  });

  it('gives runs top-left boxes in points, NFKC-normalised', () => {
    expect(page1).toMatchObject({ page: 1, imageCoverage: 0 });
    expect(page1.width).toBeCloseTo(595, 0);
    expect(page1.height).toBeCloseTo(842, 0);
    const code = runNamed(page1, '证券代码');
    expect(code.text).toBe('证券代码:834045'); // full-width colon folded by NFKC
    expect(code.box.y0).toBeGreaterThan(30);
    expect(code.box.y1).toBeLessThan(70); // near the top: y grows downwards
    expect(code.box.x0).toBeCloseTo(42.75, 1);
    expect(code.box.y1 - code.box.y0).toBeCloseTo(10.5, 0);
    expect(code.size).toBeCloseTo(10.5, 1);
    const pageNumber = runNamed(page1, '1');
    expect(pageNumber.box.y0).toBeGreaterThan(800); // the page number is printed at the bottom
    expect(page1.runs.some((r) => /[\u2F00-\u2FDF]/u.test(r.text))).toBe(false); // Kangxi radicals folded
    expect(page1.runs.every((r) => r.text.trim() !== '')).toBe(true);
  });

  it('turns the thin filled rectangles Chromium draws for cell borders into rules', () => {
    const h = page1.segments.filter((s) => s.orientation === 'h');
    const v = page1.segments.filter((s) => s.orientation === 'v');
    expect(h.length).toBeGreaterThan(20);
    expect(v.length).toBeGreaterThan(20);
    for (const s of h) expect(s.y0).toBe(s.y1);
    for (const s of v) expect(s.x0).toBe(s.x1);
    expect(page1.rects).toEqual([]);
    // The table's header row sits below the caption "单位:元" and above the first body row.
    const unit = runNamed(page1, '单位');
    const top = Math.min(...h.map((s) => s.y0));
    expect(top).toBeGreaterThan(unit.box.y1);
    const heading = runNamed(page1, '关联交易类别');
    expect(heading.box.y0).toBeGreaterThan(top);
  });

  it('feeds detectTables: the seed table comes out as printed', async () => {
    const pages = await withDocument(readFixture('seed-000.pdf'), (doc) => readDocumentGeometry(doc));
    const tables = detectTables(pages);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ rowCount: 7, colCount: 5, headerRows: 1, pageStart: 1, ruled: true });
    expect(tables[0]!.cells.find((c) => c.row === 6 && c.col === 2)?.text).toBe('90,250,000.00');
  });
});

describe('readPageGeometry on real filings', () => {
  let q1: PageGeometry[];
  beforeAll(async () => {
    q1 = await withDocument(readFixture('real', '002020-q1-2018.pdf'), (doc) => readDocumentGeometry(doc));
  });

  it('reads Word-drawn rules and the balance sheet continued over four pages', () => {
    const balanceSheetPage = q1[7]!;
    expect(balanceSheetPage.page).toBe(8);
    expect(runNamed(balanceSheetPage, '合并资产负债表').box.y0).toBeLessThan(200);
    expect(balanceSheetPage.segments.length).toBeGreaterThan(50);
    const tables = detectTables(q1);
    const balanceSheet = tables.find((t) => t.pageStart === 8)!;
    expect(balanceSheet).toMatchObject({ pageEnd: 11, colCount: 3, headerRows: 1 });
    const cash = balanceSheet.cells.find((c) => c.text === '货币资金')!;
    expect(balanceSheet.cells.find((c) => c.row === cash.row && c.col === 1)?.text).toBe('411,940,011.44');
    const total = balanceSheet.cells.find((c) => c.text === '负债和所有者权益总计')!;
    expect(total.page).toBe(11);
    expect(balanceSheet.cells.find((c) => c.row === total.row && c.col === 1)?.text).toBe('4,973,718,351.44');
  });

  it('turns dotted borders drawn as thousands of tiny images into rules', async () => {
    const page2 = await withDocument(readFixture('real', '002020-restatement.pdf'), async (doc) => readPageGeometry(await doc.getPage(2)));
    const vertical = page2.segments.filter((s) => s.orientation === 'v' && s.y1 - s.y0 > 100);
    expect(vertical.length).toBeGreaterThanOrEqual(12);
    expect(page2.imageCoverage).toBeLessThan(0.05); // the tiles are rules, not pictures
    expect(detectTables([page2]).length).toBeGreaterThanOrEqual(4);
  });

  it('reports a scanned page as image-covered, without text', async () => {
    const scanned = await withDocument(readFixture('real', '002020-scanned-opinion.pdf'), async (doc) => readPageGeometry(await doc.getPage(1)));
    expect(scanned.imageCoverage).toBeGreaterThan(0.9);
    expect(scanned.runs).toEqual([]);
  });
});

/** The text items page.getTextContent() gives, blank ones left out, beside those read from the operator list. */
async function bothTextReadings(doc: PDFDocumentProxy, pageNumber: number) {
  const page = await doc.getPage(pageNumber);
  const content = await page.getTextContent({ disableNormalization: true });
  const expected = content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item] : []));
  const operators = await page.getOperatorList({ annotationMode: ANNOTATION_MODE_DISABLE });
  const { items } = await readTextItems(page, operators.fnArray, operators.argsArray);
  return { expected, items };
}

describe('text items from the operator list', () => {
  // Chromium (Type 3 fonts), Word, and a scan without text.
  it.each([
    ['seed-000.pdf', [1, 2]],
    [path.join('real', '002020-q1-2018.pdf'), [1, 2, 8]],
    [path.join('real', '002020-inquiry-reply-2017.pdf'), [1, 5]],
    [path.join('real', '002020-scanned-opinion.pdf'), [1]],
  ] as const)('match getTextContent on %s', async (file, pageNumbers) => {
    await withDocument(readFixture(file), async (doc) => {
      for (const n of pageNumbers) {
        const { expected, items } = await bothTextReadings(doc, n);
        expect(items.map((i) => i.str)).toEqual(expected.map((i) => i.str));
        items.forEach((item, i) => {
          const want = expected[i]!;
          expect(item.fontName).toBe(want.fontName);
          expect(item.width).toBeCloseTo(want.width, 3);
          expect(item.height).toBeCloseTo(want.height, 3);
          item.transform.forEach((v, k) => expect(v).toBeCloseTo(want.transform[k] as number, 3));
        });
      }
    });
  });
});

describe('the copied operator codes', () => {
  it('match pdf.js', () => {
    for (const [name, code] of Object.entries(COPIED_OPS)) expect(OPS[name as keyof typeof OPS], name).toBe(code);
  });
});

describe('collectDrawing', () => {
  it('maps paths through save/restore/transform and the viewport of a rotated page', () => {
    // Page 200×100 rotated by 90°: the viewport maps PDF (x, y) to (y, x).
    const base: [number, number, number, number, number, number] = [0, 1, 1, 0, 0, 0];
    const line = new Float32Array([0, 10, 20, 1, 110, 20]); // moveTo(10,20) lineTo(110,20): horizontal in PDF space
    const fnArray = [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.setFillRGBColor, OPS.constructPath, OPS.setFillRGBColor, OPS.constructPath];
    const thinBar = new Float32Array([0, 0, 50, 1, 80, 50, 1, 80, 50.5, 1, 0, 50.5, 4]);
    const whiteBar = new Float32Array([0, 0, 60, 1, 80, 60, 1, 80, 60.5, 1, 0, 60.5, 4]);
    const argsArray = [null, [1, 0, 0, 1, 5, 0], [OPS.stroke, [line], null], null, ['#000000'], [OPS.fill, [thinBar], null], ['#ffffff'], [OPS.fill, [whiteBar], null]];
    const { segments, rects, imageCoverage } = collectDrawing(fnArray, argsArray, base, 100, 200);
    expect(segments).toEqual([
      { x0: 20, y0: 15, x1: 20, y1: 115, orientation: 'v' },
      { x0: 50.25, y0: 0, x1: 50.25, y1: 80, orientation: 'v' },
    ]);
    expect(rects).toEqual([]);
    expect(imageCoverage).toBe(0);
  });

  it('measures image coverage under the current matrix', () => {
    const fnArray = [OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore];
    const argsArray = [null, [100, 0, 0, 200, 0, 0], ['img'], null];
    const { imageCoverage } = collectDrawing(fnArray, argsArray, [1, 0, 0, 1, 0, 0], 200, 200);
    expect(imageCoverage).toBeCloseTo(0.5, 1);
  });
});

// The 161-page WPS report is not copied into tests/fixtures (size budget): use it when present.
const LARGE_REPORT = path.resolve(REPO_ROOT, '..', 'shared', 'realpdfs', '603598_引力传媒_2025年半年度报告.pdf');

describe.runIf(fs.existsSync(LARGE_REPORT))('the 161-page WPS half-year report', () => {
  let pages: PageGeometry[];
  let readMs = 0;
  beforeAll(async () => {
    const start = performance.now();
    pages = await withDocument(new Uint8Array(fs.readFileSync(LARGE_REPORT)), (doc) => readDocumentGeometry(doc));
    readMs = performance.now() - start;
  }, 120_000);
  afterAll(() => console.log(`161-page report: geometry read in ${readMs.toFixed(0)} ms`));

  it('finds the consolidated balance sheet over pages 36–39 and the income statement over 42–44', () => {
    const start = performance.now();
    const tables = detectTables(pages);
    const detectMs = performance.now() - start;
    expect(detectMs).toBeLessThan(2000); // generous: the budget is < 0.5 s on an idle core
    const balanceSheet = tables.find((t) => t.pageStart === 36)!;
    expect(balanceSheet).toMatchObject({ pageEnd: 39, colCount: 4, headerRows: 1 });
    const total = balanceSheet.cells.find((c) => c.text.startsWith('负债和所有者权益'))!;
    expect(balanceSheet.cells.find((c) => c.row === total.row && c.col === 2)?.text).toBe('1,777,474,036.52');
    const section = balanceSheet.cells.find((c) => c.text === '流动资产:')!;
    expect(section.colSpan).toBe(4);
    const income = tables.find((t) => t.pageStart === 42 && t.cells.some((c) => c.text === '一、营业总收入'))!;
    expect(income).toMatchObject({ pageEnd: 44 });
  });

  it('reads a landscape page with text and rules in place', () => {
    const landscape = pages[22]!;
    expect(landscape.width).toBeGreaterThan(landscape.height);
    for (const r of landscape.runs) {
      expect(r.box.x1).toBeLessThanOrEqual(landscape.width + 1);
      expect(r.box.y1).toBeLessThanOrEqual(landscape.height + 1);
    }
    expect(runNamed(landscape, '承诺背景').box.y0).toBeGreaterThan(runNamed(landscape, '第五节').box.y1);
  });
});

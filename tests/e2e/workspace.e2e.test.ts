/**
 * The review workspace end to end in web mode: import the 152-page half-year seed
 * filing through the UI, let extraction finish, open it, and check the links both
 * ways between the PDF (pdf.js's viewer) and the extracted data (AG Grid):
 *   - a balance-sheet cell selected in the grid scrolls the PDF to it and draws its
 *     stored box, at the right place on screen;
 *   - a number clicked in the PDF's text layer selects its cell in the grid;
 *   - find (Ctrl+F) highlights Chinese matches on the text layer;
 *   - search across filings from the library opens a hit at its page with the words found;
 *   - the shortcut sheet, table stepping, and restoring the view on reopen.
 * Screenshots of both panes land in test-results/.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellRecord, PageInfo, TableSummary } from '../../shared/api/contract';
import { fixture } from '../helpers';
import { ADMIN, callApi as callPageApi, SHOTS, signIn, startApp, type App } from './harness';

const BALANCE_SHEET = '合并资产负债表';
/** How far (CSS px) the drawn highlight may sit from where the stored box says. */
const TOLERANCE_PX = 1.5;

let app: App;
let page: Page;
let pageErrors: string[];

/** The shared state the steps build on. */
let tableId = 0;
let moneyCell: CellRecord;
let neighbourCell: CellRecord;

const callApi = <T>(method: string, input: unknown): Promise<T> => callPageApi<T>(page, method, input);

const boxText = (cell: CellRecord) => [cell.box.x0, cell.box.y0, cell.box.x1, cell.box.y1].join(',');

/** The page div's content box (inside pdf.js's page border) on screen. */
async function pageContentRect(pageNumber: number) {
  return page.locator(`[data-testid="pdf-page"][data-page-number="${pageNumber}"]`).evaluate((div: HTMLElement) => {
    const rect = div.getBoundingClientRect();
    return {
      left: rect.left + div.clientLeft,
      top: rect.top + div.clientTop,
      width: div.clientWidth,
      height: div.clientHeight,
    };
  });
}

beforeAll(async () => {
  app = await startApp({ prefix: 'gouji-e2e-workspace-', users: [ADMIN] });
  page = app.page;
  pageErrors = app.pageErrors;
});

afterAll(async () => {
  await app?.close();
});

describe('review workspace', () => {
  it('imports the half-year seed filing and extracts it', { timeout: 180_000 }, async () => {
    await page.goto(app.launchUrl);
    await signIn(page, ADMIN);
    await page.getByTestId('import-input').setInputFiles([fixture('seed-001.pdf')]);
    await expect.poll(() => page.getByTestId('library-row').count(), { timeout: 60_000 }).toBe(1);
    await page.locator('[data-testid="extraction-status"][data-status="done"]').waitFor({ timeout: 120_000 });
  });

  it('opens the filing with the PDF and its tables side by side', async () => {
    await page.getByTestId('library-row').first().dblclick();
    await page.getByTestId('filing-view').waitFor();
    await page.locator('[data-testid="pdf-page"][data-page-number="1"][data-rendered="true"]').waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-testid="pdf-page"]').count()).resolves.toBe(152);
    await expect.poll(() => page.getByTestId('table-list-item').count(), { timeout: 30_000 }).toBeGreaterThan(10);
    await expect.poll(() => page.getByTestId('data-pane').getAttribute('data-tab')).toBe('tables');
  });

  it('selecting a balance-sheet cell scrolls the PDF to it and draws its stored box there', async () => {
    const item = page.locator('[data-testid="table-list-item"]', { hasText: BALANCE_SHEET }).first();
    tableId = Number(await item.getAttribute('data-table-id'));
    await item.locator('button').click();
    await page.locator(`[data-testid="table-grid"][data-table-id="${tableId}"]`).waitFor();

    const { table, cells } = await callApi<{ table: TableSummary; cells: CellRecord[] }>('getTable', { tableId });
    expect(table.title).toContain(BALANCE_SHEET);
    const label = cells.find((cell) => cell.text === '货币资金' && !cell.isHeader);
    expect(label).toBeDefined();
    const row = cells.filter((cell) => cell.row === label!.row).sort((a, b) => a.col - b.col);
    const numbers = row.filter((cell) => cell.valueKind === 'number');
    moneyCell = numbers[0]!; // the first value column
    neighbourCell = numbers[1]!;
    expect(moneyCell.text).toBe('129,793,280.55');

    await page.locator(`[data-testid="table-grid"] [data-cell-id="${moneyCell.id}"]`).click();
    await expect.poll(() => page.getByTestId('table-grid').getAttribute('data-selected-cell-id')).toBe(String(moneyCell.id));
    await expect.poll(() => page.getByTestId('grid-selected-cell').getAttribute('data-cell-id')).toBe(String(moneyCell.id));

    // The highlight is drawn (in the same step as the scroll) on the cell's page ...
    const highlight = page.locator(`[data-testid="pdf-highlight"][data-page="${moneyCell.page}"]`);
    await highlight.waitFor();
    // ... and the PDF scrolled: that page is on screen inside the PDF pane.
    const pane = await page.getByTestId('pdf-pane').boundingBox();
    const pdfPage = await page.locator(`[data-testid="pdf-page"][data-page-number="${moneyCell.page}"]`).boundingBox();
    expect(pane && pdfPage).toBeTruthy();
    expect(pdfPage!.y).toBeLessThan(pane!.y + pane!.height);
    expect(pdfPage!.y + pdfPage!.height).toBeGreaterThan(pane!.y);

    // The highlight carries the stored box.
    await expect(page.getByTestId('pdf-highlight').count()).resolves.toBe(1);
    await expect(highlight.getAttribute('data-box')).resolves.toBe(boxText(moneyCell));

    // ... and sits where the box is: page origin + box × (page's CSS width / page width in points).
    const { pages } = await callApi<{ pages: PageInfo[] }>('listPages', { ref: '1' });
    const info = pages.find((candidate) => candidate.page === moneyCell.page)!;
    const content = await pageContentRect(moneyCell.page);
    const scale = content.width / info.width;
    expect(content.height / info.height).toBeCloseTo(scale, 2);
    expect(Number(await page.getByTestId('pdf-pane').getAttribute('data-scale'))).toBeCloseTo(scale, 2);
    const drawn = (await highlight.boundingBox())!;
    const expected = {
      x: content.left + moneyCell.box.x0 * scale,
      y: content.top + moneyCell.box.y0 * scale,
      width: (moneyCell.box.x1 - moneyCell.box.x0) * scale,
      height: (moneyCell.box.y1 - moneyCell.box.y0) * scale,
    };
    expect(Math.abs(drawn.x - expected.x)).toBeLessThan(TOLERANCE_PX);
    expect(Math.abs(drawn.y - expected.y)).toBeLessThan(TOLERANCE_PX);
    expect(Math.abs(drawn.width - expected.width)).toBeLessThan(TOLERANCE_PX);
    expect(Math.abs(drawn.height - expected.height)).toBeLessThan(TOLERANCE_PX);
    // The highlighted box is within the visible part of the pane.
    expect(drawn.y).toBeGreaterThanOrEqual(pane!.y);
    expect(drawn.y + drawn.height).toBeLessThanOrEqual(pane!.y + pane!.height);

    await page.getByTestId('workspace').screenshot({ path: path.join(SHOTS, 'workspace-grid-to-pdf.png') });
  });

  it('clicking a number in the PDF text layer selects its cell in the grid, and hovering shows its parsed value', async () => {
    // Move the selection away first, so the click has something to prove.
    await page.locator(`[data-testid="table-grid"] [data-cell-id="${neighbourCell.id}"]`).click();
    await expect.poll(() => page.getByTestId('table-grid').getAttribute('data-selected-cell-id')).toBe(String(neighbourCell.id));

    const pdfPage = page.locator(`[data-testid="pdf-page"][data-page-number="${moneyCell.page}"]`);
    await pdfPage.locator('.textLayer span').first().waitFor();
    const printed = pdfPage.locator('.textLayer span', { hasText: moneyCell.text }).first();
    await printed.hover();
    await expect.poll(() => page.getByTestId('number-tooltip-value').textContent()).toBe(moneyCell.value);
    await printed.click();
    await expect
      .poll(() => page.getByTestId('table-grid').getAttribute('data-selected-cell-id'))
      .toBe(String(moneyCell.id));
    await expect.poll(() => page.getByTestId('grid-selected-cell').getAttribute('data-cell-id')).toBe(String(moneyCell.id));
    await expect.poll(() => page.getByTestId('pdf-highlight').getAttribute('data-box')).toBe(boxText(moneyCell));
  });

  it('finds Chinese text in the PDF with Ctrl+F and highlights the matches', async () => {
    await page.getByTestId('pdf-pane').focus();
    await page.keyboard.press('Control+f');
    const input = page.getByTestId('find-input');
    await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('营业收入');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.textLayer .highlight').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(async () => Number(await page.getByTestId('find-status').getAttribute('data-total')), { timeout: 30_000 }).toBeGreaterThan(5);
    await expect(page.locator('.textLayer .highlight').first().textContent()).resolves.toMatch(/营业收/);

    await page.getByTestId('pdf-pane').screenshot({ path: path.join(SHOTS, 'workspace-pdf-pane.png') });
    await page.getByTestId('data-pane').screenshot({ path: path.join(SHOTS, 'workspace-data-pane.png') });
    await page.screenshot({ path: path.join(SHOTS, 'workspace-find.png') });
    await input.press('Escape');
    await expect.poll(() => page.getByTestId('find-bar').count()).toBe(0);
  });

  it('steps through tables with ] and [ and shows the shortcut sheet on ?', async () => {
    await page.getByTestId('pdf-pane').focus();
    await page.keyboard.press(']');
    await expect.poll(async () => Number(await page.getByTestId('table-grid').getAttribute('data-table-id'))).not.toBe(tableId);
    await page.keyboard.press('[');
    await expect.poll(async () => Number(await page.getByTestId('table-grid').getAttribute('data-table-id'))).toBe(tableId);

    await page.keyboard.press('?');
    await page.getByTestId('shortcut-sheet').waitFor();
    await expect(page.locator('[data-testid="shortcut-sheet"] [data-shortcut]').count()).resolves.toBeGreaterThan(8);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('shortcut-sheet').count()).toBe(0);
  });

  it('paints pages lazily and releases the canvases of pages left far behind', async () => {
    const input = page.getByTestId('viewer-page-input');
    for (let target = 100; target <= 140; target += 4) {
      await input.fill(String(target));
      await input.press('Enter');
      await page.locator(`[data-testid="pdf-page"][data-page-number="${target}"][data-rendered="true"]`).waitFor({ timeout: 30_000 });
    }
    const first = page.locator('[data-testid="pdf-page"][data-page-number="1"]');
    await expect.poll(() => first.getAttribute('data-rendered')).toBe('false');
    await expect(first.locator('canvas').count()).resolves.toBe(0);
    // Far fewer pages hold a canvas than the filing has.
    const painted = await page.locator('[data-testid="pdf-page"][data-rendered="true"]').count();
    expect(painted).toBeGreaterThan(0);
    expect(painted).toBeLessThan(30);
  });

  it('restores the table, the selection and the page when the filing is reopened', async () => {
    await page.locator(`[data-testid="table-grid"] [data-cell-id="${moneyCell.id}"]`).click();
    await page.getByTestId('filing-back').click();
    await page.getByTestId('library').waitFor();
    await page.getByTestId('library-row').first().dblclick();
    await page.locator(`[data-testid="table-grid"][data-table-id="${tableId}"]`).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('table-grid').getAttribute('data-selected-cell-id')).toBe(String(moneyCell.id));
    await expect.poll(() => page.getByTestId('viewer-page-input').inputValue(), { timeout: 30_000 }).toBe(String(moneyCell.page));
    await page.getByTestId('pdf-highlight').waitFor({ timeout: 30_000 });
  });

  it('searches every filing from the library and opens a hit at its page with the words highlighted', async () => {
    await page.getByTestId('filing-back').click();
    await page.getByTestId('library').waitFor();
    await page.getByTestId('search-input').fill('关联交易');
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => page.getByTestId('search-hit').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const hit = page.getByTestId('search-hit').first();
    await expect(hit.locator('mark').first().textContent()).resolves.toBe('关联交易');
    await expect(hit.textContent()).resolves.toMatch(/青云科技.*688316/);
    await page.screenshot({ path: path.join(SHOTS, 'workspace-search.png') });
    const hitPage = Number(await hit.getAttribute('data-page'));
    await hit.click();
    await page.getByTestId('filing-view').waitFor();
    await expect.poll(async () => Number(await page.getByTestId('viewer-page-input').inputValue()), { timeout: 30_000 }).toBe(hitPage);
    await expect.poll(() => page.getByTestId('find-input').inputValue(), { timeout: 30_000 }).toBe('关联交易');
    await expect
      .poll(() => page.locator(`[data-testid="pdf-page"][data-page-number="${hitPage}"] .textLayer .highlight`).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
  });

  it('threw no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

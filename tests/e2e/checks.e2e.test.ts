/**
 * End to end, the checks: a filing imported through the UI is checked after extraction;
 * the library shows its counts, the Checks tab lists the results (a footing that ties),
 * selecting one highlights its figures and the PDF carries ✓ tickmarks; a custom check
 * over two figures that differ shows as a ✗ row and a ✗ tickmark. Screenshots land in
 * test-results/checks-*.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers';
import { ADMIN, SHOTS, signIn, startApp, type App } from './harness';

type Figure = { id: number; page: number; source: string; tableId: number | null; value: string };

let app: App;
let page: Page;

const tickmarks = (status: string, pageNumber = 1) =>
  page.locator(`[data-testid="pdf-page"][data-page-number="${pageNumber}"] [data-testid="tickmark"][data-status="${status}"]`);

beforeAll(async () => {
  app = await startApp({ prefix: 'gouji-e2e-checks-', users: [ADMIN] });
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

describe('checks', () => {
  it('shows the check counts of an imported filing in the library', async () => {
    await page.goto(app.launchUrl);
    await signIn(page, ADMIN);
    await page.getByTestId('import-input').setInputFiles([fixture('seed-000.pdf')]);
    await page.locator('[data-testid="extraction-status"][data-status="done"]').waitFor({ timeout: 90_000 });
    const counts = page.getByTestId('library-checks').first();
    await expect.poll(() => counts.getAttribute('data-fail'), { timeout: 30_000 }).toBe('0');
    expect(Number(await counts.getAttribute('data-pass'))).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'checks-library.png') });
  });

  it('lists the results; selecting a footing highlights its figures, with ✓ tickmarks on page 1', async () => {
    await page.getByTestId('library-row').first().dblclick();
    await page.getByTestId('filing-view').waitFor();
    await page.locator('[data-testid="pdf-page"][data-page-number="1"][data-rendered="true"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('data-tab-checks').click();
    await page.getByTestId('checks-tab').waitFor();
    await expect.poll(() => page.getByTestId('check-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const footing = page.locator('[data-testid="check-row"][data-family="footing"][data-status="pass"]').first();
    await footing.waitFor();
    await expect(footing.getAttribute('data-key')).resolves.toMatch(/^footing:/);
    await expect(footing.textContent()).resolves.toMatch(/加总/);
    await footing.click();
    await expect(footing.getAttribute('aria-selected')).resolves.toBe('true');

    const figureIds = (await footing.getAttribute('data-figure-ids'))!.split(',');
    expect(figureIds.length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.getByTestId('check-highlight').count()).toBe(figureIds.length);
    await expect(page.locator('[data-testid="check-highlight"][data-primary="true"]').getAttribute('data-figure-id')).resolves.toBe(figureIds[0]);
    expect(await tickmarks('pass').count()).toBeGreaterThanOrEqual(1);
    for (const id of figureIds) {
      await expect(page.locator(`[data-testid="tickmark"][data-figure-id="${id}"]`).getAttribute('data-status')).resolves.toBe('pass');
    }
    // The tickmark sits at the right edge of its figure's (cell's) highlighted box.
    const box = await page.locator(`[data-testid="check-highlight"][data-figure-id="${figureIds[0]}"]`).boundingBox();
    const mark = await page.locator(`[data-testid="tickmark"][data-figure-id="${figureIds[0]}"]`).boundingBox();
    const right = box!.x + box!.width;
    expect(mark!.x).toBeGreaterThan(right - 2 * mark!.width);
    expect(mark!.x).toBeLessThan(right + mark!.width);
    expect(mark!.y).toBeGreaterThan(box!.y - mark!.height);
    expect(mark!.y).toBeLessThan(box!.y + box!.height);
    await page.screenshot({ path: path.join(SHOTS, 'checks-selected.png') });
  });

  it('hides and shows the tickmarks', async () => {
    await page.getByTestId('tickmark-toggle').uncheck();
    await expect.poll(() => page.getByTestId('tickmark').count()).toBe(0);
    await page.getByTestId('tickmark-toggle').check();
    await expect.poll(() => tickmarks('pass').count()).toBeGreaterThan(0);
  });

  it('adds a custom check that does not tie: a ✗ row and a ✗ tickmark', async () => {
    const figures = await page.evaluate(async () => {
      const response = await fetch('/api/listFigures', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-gouji-client': '1' },
        body: JSON.stringify({ ref: '1' }),
      });
      const envelope = (await response.json()) as { ok: boolean; result: { figures: Figure[] } };
      return envelope.result.figures;
    });
    const onPage1 = figures.filter((figure) => figure.page === 1 && figure.tableId !== null);
    const a = onPage1[0]!;
    const b = onPage1.find((figure) => figure.value !== a.value)!;
    expect(b).toBeDefined();

    await page.getByTestId('check-new').click();
    await page.getByTestId('custom-check-name').fill('两数相等');
    // A malformed formula: the API's message, with its position.
    await page.getByTestId('custom-check-formula').fill(`#${a.id} = +`);
    await page.getByTestId('custom-check-save').click();
    await expect(page.getByTestId('custom-check-error').textContent()).resolves.toMatch(/第 \d+ 个字符/);

    await page.getByTestId('custom-check-formula').fill(`#${a.id} = #${b.id}`);
    await page.getByTestId('custom-check-save').click();
    const failed = page.locator('[data-testid="check-row"][data-status="fail"][data-family="custom"]');
    await failed.waitFor({ timeout: 30_000 });
    await expect(failed.first().getAttribute('aria-selected')).resolves.toBe('true');
    await expect.poll(() => tickmarks('fail').count()).toBeGreaterThanOrEqual(1);
    await expect(page.locator(`[data-testid="tickmark"][data-figure-id="${a.id}"]`).getAttribute('data-status')).resolves.toBe('fail');
    await expect(page.getByTestId('custom-check-item').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'checks-custom.png') });
    // Close up of the table with its tickmarks, to judge their size and place.
    const table = await page.locator(`[data-testid="check-highlight"][data-figure-id="${a.id}"]`).boundingBox();
    await page.screenshot({
      path: path.join(SHOTS, 'checks-tickmarks-zoom.png'),
      clip: { x: table!.x - 120, y: table!.y - 40, width: 420, height: 300 },
    });
  });

  it('a click on a tickmark lists the checks reading its figure', async () => {
    const mark = tickmarks('fail').first();
    const figureId = await mark.getAttribute('data-figure-id');
    await mark.click();
    await page.getByTestId('check-figure-filter').waitFor();
    const rows = page.getByTestId('check-row');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await expect(rows.nth(i).getAttribute('data-figure-ids')).resolves.toMatch(new RegExp(`(^|,)${figureId}(,|$)`));
    }
    await expect(rows.first().getAttribute('data-status')).resolves.toBe('fail');
    await page.screenshot({ path: path.join(SHOTS, 'checks-tickmark-click.png') });
  });
});

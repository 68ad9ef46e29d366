/**
 * End to end, exporting from the library: the toolbar's Export button opens the dialog,
 * the formats are chosen, the progress bar runs and the produced files are listed; in a
 * browser each one downloads. The filing view offers the same dialog for its filing.
 * Screenshot: test-results/export-dialog.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers';
import { ADMIN, SHOTS, signIn, startApp, type App } from './harness';

let app: App;
let page: Page;

beforeAll(async () => {
  app = await startApp({ prefix: 'gouji-e2e-export-', users: [ADMIN] });
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

describe('export', () => {
  it('exports the library\'s filings as CSV and a findings report, with progress, and downloads a file', async () => {
    await page.goto(app.launchUrl);
    await signIn(page, ADMIN);
    await page.getByTestId('import-input').setInputFiles([fixture('seed-000.pdf')]);
    await page.locator('[data-testid="extraction-status"][data-status="done"]').waitFor({ timeout: 90_000 });
    await page.getByTestId('export-open').first().click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    const formats = dialog.getByTestId('export-format');
    await formats.locator('input[data-format="xlsx"]').uncheck();
    await formats.locator('input[data-format="csv"]').check();
    await formats.locator('input[data-format="report"]').check();
    await dialog.getByTestId('export-report-format').selectOption('html');
    await dialog.getByTestId('export-start').click();
    await dialog.getByTestId('export-done').waitFor({ timeout: 90_000 });
    const names = await dialog.getByTestId('export-file').allTextContents();
    expect(names).toContain('figures.csv');
    expect(names.some((n) => n.endsWith('.findings.html'))).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'export-dialog.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-file').filter({ hasText: /^figures\.csv$/ }).click()]);
    const saved = path.join(SHOTS, 'export-download-figures.csv');
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe('figures.csv');
    expect(fs.readFileSync(saved).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(app.pageErrors).toEqual([]);
  });

  it('offers the dialog for one filing from its header', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('library-row').first().dblclick();
    await page.getByTestId('filing-view').waitFor();
    await page.getByTestId('filing-view').getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await expect.poll(() => dialog.locator('input[name="export-scope"]').first().isChecked()).toBe(true);
    expect(await dialog.locator('.export-given').textContent()).toContain('834045');
  });
});

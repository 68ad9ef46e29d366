/**
 * End to end in web mode: the built CLI serves the built renderer; Debian's Chromium,
 * driven by playwright-core, imports a fixture through the UI, sees it in the library,
 * opens it and sees page 1 painted by pdf.js. Screenshots land in test-results/.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers';
import { ADMIN, SHOTS, startApp, type App } from './harness';

let app: App;
let page: Page;

beforeAll(async () => {
  // No users: the first run asks for the administrator.
  app = await startApp({ prefix: 'gouji-e2e-' });
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

describe('web mode', () => {
  it('opens through the token URL; the first run creates the administrator, who lands in the library', async () => {
    await page.goto(app.launchUrl);
    await page.getByTestId('setup-admin').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'e2e-setup-admin.png') });
    await page.getByTestId('setup-username').fill(ADMIN.username);
    await page.getByTestId('setup-display-name').fill(ADMIN.displayName);
    await page.getByTestId('setup-password').fill(ADMIN.password);
    await page.getByTestId('setup-password-again').fill(ADMIN.password);
    await page.getByTestId('setup-submit').click();
    await page.getByTestId('library').waitFor();
    expect(page.url()).not.toContain('token=');
    await expect(page.getByTestId('door').textContent()).resolves.toMatch(/web/i);
  });

  it('imports a good and a bad file through the UI; the batch goes on past the failure', async () => {
    await page.getByTestId('import-input').setInputFiles([fixture('bad', 'empty.pdf'), fixture('seed-000.pdf')]);
    const results = page.getByTestId('import-result');
    await expect.poll(() => results.count(), { timeout: 60_000 }).toBe(2);
    await expect(page.locator('[data-testid="import-result"][data-status="failed"]').getAttribute('data-code')).resolves.toBe('EMPTY_FILE');
    await expect(page.locator('[data-testid="import-result"][data-status="imported"]').count()).resolves.toBe(1);
    const rows = page.getByTestId('library-row');
    await expect.poll(() => rows.count()).toBe(1);
    await expect(rows.first().textContent()).resolves.toMatch(/834045.*清众科技/);
    // Extraction starts by itself after the import and reports its progress in the library.
    await page.locator('[data-testid="extraction-status"][data-status="done"]').waitFor({ timeout: 90_000 });
    await page.screenshot({ path: path.join(SHOTS, 'e2e-library.png') });
  });

  it('opens the filing and paints its first page with pdf.js', async () => {
    await page.getByTestId('library-row').first().dblclick();
    await page.getByTestId('filing-view').waitFor();
    await expect(page.getByTestId('filing-code').textContent()).resolves.toContain('834045');
    await expect.poll(() => page.getByTestId('table-list-item').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('table-list-item').first().textContent()).resolves.toContain('预计情况');
    await page.locator('[data-testid="pdf-page"][data-page-number="1"][data-rendered="true"]').waitFor({ timeout: 60_000 });
    const painted = await page.locator('[data-testid="pdf-page"][data-page-number="1"] canvas').evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d')!;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
      return { width: canvas.width, dark };
    });
    expect(painted.width).toBeGreaterThan(300);
    expect(painted.dark).toBeGreaterThan(1000); // text was drawn, not a blank canvas
    await page.screenshot({ path: path.join(SHOTS, 'e2e-filing.png') });
  });

  it('switches the whole UI to English', async () => {
    const before = await page.locator('body').innerText();
    const switcher = page.getByTestId('language-switch');
    if ((await switcher.evaluate((el) => el.tagName)) === 'SELECT') await switcher.selectOption('en');
    else await switcher.click();
    await expect.poll(() => page.locator('body').innerText()).not.toBe(before);
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^en/);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-filing-en.png') });
  });

  it('made no request beyond its own loopback origin', () => {
    expect(app.requestedUrls.length).toBeGreaterThan(0);
    const foreign = app.requestedUrls.filter((url) => !url.startsWith(app.origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
  });
});

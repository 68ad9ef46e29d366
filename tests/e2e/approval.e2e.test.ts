/**
 * End to end, the review shell: sign-in (and its refusals), the user menu, a reviewer's
 * corrections and submission, the supervisor's approval queue with PDF snippets and bulk
 * decisions, the filing's status bar and history, the administrator's users dialog, and
 * a session that ends under the user. Screenshots land in test-results/.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers';
import { ADMIN, callApi, REVIEWER, SHOTS, signIn, signOut, startApp, SUPERVISOR, type App } from './harness';

let app: App;
let page: Page;
let documentId: number;

interface Figure {
  key: string;
  value: string | null;
  tableId: number | null;
}

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, name) });

/** Proposes a correction of a table figure's value through the API, as whoever is signed in. */
async function proposeValue(figure: Figure, newValue: string, reason: string): Promise<number> {
  const created = await callApi<{ id: number }>(page, 'proposeCorrection', { ref: String(documentId), targetKey: figure.key, field: 'value', newValue, reason });
  return created.id;
}

beforeAll(async () => {
  app = await startApp({ prefix: 'gouji-e2e-approval-', users: [ADMIN, REVIEWER, SUPERVISOR] });
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

describe('the review shell', () => {
  it('refuses a wrong password inline and keeps the library out of sight', async () => {
    await page.goto(app.launchUrl);
    await page.getByTestId('sign-in').waitFor();
    await page.getByTestId('sign-in-username').fill(REVIEWER.username);
    await page.getByTestId('sign-in-password').fill('not-the-password');
    await page.getByTestId('sign-in-submit').click();
    await expect(page.getByTestId('sign-in-error').textContent()).resolves.toContain('用户名或密码错误');
    expect(await page.getByTestId('library').count()).toBe(0);
    await shot('approval-sign-in-error.png');
  });

  it('lets a reviewer import, propose corrections and submit the filing', async () => {
    await page.getByTestId('sign-in-password').fill(REVIEWER.password);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('library').waitFor();
    await expect(page.getByTestId('user-menu').textContent()).resolves.toContain(REVIEWER.displayName);
    expect(await page.getByTestId('open-approval-queue').count()).toBe(0);

    await page.getByTestId('import-input').setInputFiles([fixture('seed-000.pdf')]);
    await page.locator('[data-testid="extraction-status"][data-status="done"]').waitFor({ timeout: 90_000 });
    documentId = Number(await page.getByTestId('library-row').first().getAttribute('data-id'));

    const { figures } = await callApi<{ figures: Figure[] }>(page, 'listFigures', { ref: String(documentId) });
    const amounts = figures.filter((figure) => figure.tableId !== null && figure.value !== null && Number(figure.value) > 1000);
    await proposeValue(amounts[0]!, '50000001', '与附注核对，原文印刷有误');
    await proposeValue(amounts[1]!, '24420463', '尾数与明细合计不符');

    await page.getByTestId('library-row').first().dblclick();
    await page.getByTestId('filing-view').waitFor();
    const status = page.getByTestId('filing-status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('in_review');
    await page.getByTestId('filing-submit').click();
    await page.getByTestId('filing-status-reason').fill('复核完成，请审批');
    await page.getByTestId('filing-status-confirm').click();
    await expect.poll(() => status.getAttribute('data-status')).toBe('submitted');
    // A reviewer may not approve: no such button.
    expect(await page.getByTestId('filing-approve').count()).toBe(0);
    await signOut(page);
    // A plain sign-out keeps the user name for the next sign-in, and nothing of the filing.
    await expect(page.getByTestId('sign-in-username').inputValue()).resolves.toBe(REVIEWER.username);
    expect(page.url()).not.toContain('#/filing');
    await shot('approval-sign-in.png');
  });

  it('shows the supervisor the queue with snippets, and decides corrections in bulk', async () => {
    await page.getByTestId('sign-in-username').fill(SUPERVISOR.username);
    await page.getByTestId('sign-in-password').fill(SUPERVISOR.password);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('library').waitFor();
    await expect(page.getByTestId('library-review-status').first().getAttribute('data-status')).resolves.toBe('submitted');
    await expect(page.getByTestId('library-review-work').first().getAttribute('data-pending-corrections')).resolves.toBe('2');
    await expect.poll(() => page.getByTestId('open-approval-queue').getAttribute('data-count')).toBe('3');

    // The supervisor's own correction is listed but not theirs to decide.
    const { figures } = await callApi<{ figures: Figure[] }>(page, 'listFigures', { ref: String(documentId) });
    const own = figures.filter((figure) => figure.tableId !== null && figure.value !== null && Number(figure.value) > 1000)[2]!;
    const ownId = await proposeValue(own, '2180758', '主管本人提出');
    await shot('approval-library.png');

    await page.getByTestId('open-approval-queue').click();
    await page.getByTestId('approval-queue').waitFor();
    const rows = page.getByTestId('queue-correction');
    await expect.poll(() => rows.count()).toBe(3);
    await page.locator('[data-testid="queue-snippet"][data-state="drawn"]').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('[data-testid="queue-snippet"][data-state="drawn"]').count(), { timeout: 30_000 }).toBe(3);
    const painted = await page.getByTestId('queue-snippet').first().evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark;
    });
    expect(painted).toBeGreaterThan(50);
    const ownRow = page.locator(`[data-testid="queue-correction"][data-correction-id="${ownId}"]`);
    await expect(ownRow.getByTestId('queue-select').isDisabled()).resolves.toBe(true);
    await expect(ownRow.getByTestId('queue-blocked-note').textContent()).resolves.toContain('另一位主管');
    // Approving the filing waits for its corrections.
    await expect(page.getByTestId('queue-filing-approve').isDisabled()).resolves.toBe(true);
    await shot('approval-queue.png');
    await page.getByTestId('language-switch').selectOption('en');
    await expect(page.getByTestId('approval-queue').textContent()).resolves.toContain('Corrections awaiting approval');
    await shot('approval-queue-en.png');
    await page.getByTestId('language-switch').selectOption('zh-CN');

    const [first, second] = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-correction-id')));
    const decidable = [first, second, await rows.nth(2).getAttribute('data-correction-id')].filter((id) => id !== String(ownId));
    await page.locator(`[data-testid="queue-correction"][data-correction-id="${decidable[0]}"] [data-testid="queue-select"]`).check();
    await page.getByTestId('queue-approve-selected').click();
    await expect.poll(() => rows.count()).toBe(2);

    await page.locator(`[data-testid="queue-correction"][data-correction-id="${decidable[1]}"] [data-testid="queue-select"]`).check();
    await page.getByTestId('queue-reject-selected').click();
    await expect(page.getByTestId('queue-error').textContent()).resolves.toContain('驳回须填写理由');
    await page.getByTestId('queue-comment').fill('明细合计无误，无需更正');
    await page.getByTestId('queue-reject-selected').click();
    await expect.poll(() => rows.count()).toBe(1);
  });

  it('returns the filing from the queue, with a reason', async () => {
    await callApi(page, 'withdrawCorrection', { id: Number(await page.getByTestId('queue-correction').first().getAttribute('data-correction-id')) });
    await page.getByTestId('queue-refresh').click();
    await expect.poll(() => page.getByTestId('queue-correction').count()).toBe(0);
    await page.getByTestId('queue-filing-return').click();
    await page.getByTestId('queue-filing-reason').fill('请补充附注核对记录');
    await page.getByTestId('queue-filing-confirm').click();
    await expect.poll(() => page.getByTestId('queue-filing').count()).toBe(0);
    await expect.poll(() => page.getByTestId('open-approval-queue').getAttribute('data-count')).toBe('0');
  });

  it('approves the filing in its status bar, locks it, and shows its history', async () => {
    // Resubmitted by the supervisor (any reviewer may submit); approving it is then another supervisor's.
    await page.goto(`${app.origin}/#/filing/${documentId}`);
    const status = page.getByTestId('filing-status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('returned');
    await expect(status.textContent()).resolves.toContain('请补充附注核对记录');
    await page.getByTestId('filing-submit').click();
    await page.getByTestId('filing-status-confirm').click();
    await expect.poll(() => status.getAttribute('data-status')).toBe('submitted');
    await expect(page.getByTestId('filing-approve').isDisabled()).resolves.toBe(true);
    await signOut(page);

    await signIn(page, ADMIN);
    await page.goto(`${app.origin}/#/filing/${documentId}`);
    await expect.poll(() => status.getAttribute('data-status')).toBe('submitted');
    await page.getByTestId('filing-approve').click();
    await page.getByTestId('filing-status-reason').fill('同意');
    await page.getByTestId('filing-status-confirm').click();
    await expect.poll(() => status.getAttribute('data-status')).toBe('approved');
    await page.getByTestId('filing-locked').waitFor();
    await page.getByTestId('filing-reopen').waitFor();
    await shot('approval-filing-status.png');

    await page.getByTestId('filing-history').click();
    await page.getByTestId('history-list').waitFor();
    const entries = page.getByTestId('history-entry');
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(8);
    await expect(entries.first().getAttribute('data-action')).resolves.toBe('approve');
    await expect.poll(() => page.getByTestId('audit-integrity').getAttribute('data-state')).toBe('intact');
    await page.getByTestId('history-entity').selectOption('correction');
    await expect.poll(async () => new Set(await entries.evaluateAll((all) => all.map((entry) => entry.getAttribute('data-entity'))))).toEqual(new Set(['correction']));
    await page.getByTestId('history-show-target').first().click();
    await page.getByTestId('history-target-filter').waitFor();
    await shot('approval-history.png');
    await page.getByTestId('history-close').click();
  });

  it('lets the administrator manage users, with the core’s refusals inline', async () => {
    await page.getByTestId('user-menu').click();
    await shot('approval-user-menu.png');
    await page.getByTestId('manage-users').click();
    const dialog = page.getByTestId('users-dialog');
    await expect.poll(() => dialog.getByTestId('user-row').count()).toBe(3);
    await dialog.getByTestId('users-new').click();
    await dialog.getByTestId('new-user-username').fill(REVIEWER.username);
    await dialog.getByTestId('new-user-display-name').fill('重名');
    await dialog.getByTestId('new-user-password').fill('long-enough-1');
    await dialog.getByTestId('new-user-password-again').fill('long-enough-1');
    await dialog.getByTestId('new-user-submit').click();
    await expect(dialog.getByTestId('form-error').textContent()).resolves.toContain('该用户名已被使用');
    await dialog.getByTestId('new-user-username').fill('zoe');
    await dialog.getByTestId('new-user-display-name').fill('赵复核');
    await dialog.getByTestId('new-user-submit').click();
    await expect.poll(() => dialog.getByTestId('user-row').count()).toBe(4);

    const sam = dialog.locator(`[data-testid="user-row"][data-username="${SUPERVISOR.username}"]`);
    await sam.getByTestId('user-role').selectOption('admin');
    await expect.poll(() => sam.getByTestId('user-role').inputValue()).toBe('admin');
    await sam.getByTestId('user-toggle-active').click();
    await expect.poll(() => sam.getAttribute('data-active')).toBe('false');
    await shot('approval-users.png');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('returns to the sign-in screen when the session ends under the user', async () => {
    await page.goto(`${app.origin}/`);
    await page.getByTestId('library-row').first().waitFor();
    // The session ends behind the window's back (as after a server restart); the next call notices.
    await page.evaluate(() => fetch('/api/signOut', { method: 'POST', headers: { 'content-type': 'application/json', 'x-gouji-client': '1' }, body: '{}' }));
    // A poll may notice first and take the library away: then there is nothing left to click.
    await page.getByTestId('library-row').first().dblclick({ timeout: 5_000 }).catch(() => undefined);
    await page.getByTestId('session-expired').waitFor();
    await expect(page.getByTestId('sign-in-username').inputValue()).resolves.toBe(ADMIN.username);
    expect(app.pageErrors).toEqual([]);
  });
});

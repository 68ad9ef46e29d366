/**
 * Issue 6 end to end, review inside the workspace. The 京新药业 2018 Q1 report has one
 * real mismatch: its text says 财务费用 grew 378.84% while the key-figures table says
 * 379.84% (4,234,369.21 / 882,451.46 − 1 = 379.84%: the text is wrong).
 *   - The reviewer imports it, opens it, finds the failing consistency check, corrects
 *     the text figure through the correction dialog (an invalid value is refused as it is
 *     typed) and sees it pending; draws a region on the PDF and annotates it 存疑; it
 *     shows on the page and in the Annotations tab, where a reply joins its thread; notes
 *     on a selected sentence (需问询) and on a table cell (已核实, then resolved) follow.
 *   - The supervisor approves the correction in the approval queue; the core re-runs the
 *     checks and, in the filing's Checks tab, the check passes; the figure shows reviewed.
 *   - Once the filing is approved it is locked: the annotate and correct actions are off.
 * Screenshots of each step: test-results/review-*.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers';
import { ADMIN, callApi, REVIEWER, SHOTS, signIn, signOut, startApp, SUPERVISOR, type App } from './harness';

const CHECK_KEY_PREFIX = 'consistency:text_change_vs_table:';
const PRINTED = '378.84';
const RIGHT = '379.84';

let app: App;
let page: Page;
/** The failing check and the text figure it checked. */
let checkKey = '';
let figureId = '';
let correctionId = '';
let annotationId = '';

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `review-${name}.png`) });

async function openTheFiling(): Promise<void> {
  await page.getByTestId('library-row').first().dblclick();
  await page.getByTestId('filing-view').waitFor();
  // Reopened, a filing lands where this browser left it: any painted page will do.
  await page.locator('[data-testid="pdf-page"][data-rendered="true"]').first().waitFor({ timeout: 60_000 });
}

async function checkRowFigureIds(): Promise<string[]> {
  await page.getByTestId('data-tab-checks').click();
  const row = page.locator(`[data-testid="check-row"][data-key="${checkKey}"]`);
  return (await row.getAttribute('data-figure-ids'))!.split(',');
}

function checkRow() {
  return page.locator(`[data-testid="check-row"][data-key="${checkKey}"]`);
}

beforeAll(async () => {
  app = await startApp({ prefix: 'gouji-e2e-review-', users: [ADMIN, REVIEWER, SUPERVISOR] });
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

describe('review in the workspace', () => {
  it('the reviewer imports the Q1 report: one real failing check', { timeout: 180_000 }, async () => {
    await page.goto(app.launchUrl);
    await signIn(page, REVIEWER);
    await page.getByTestId('import-input').setInputFiles([fixture('real', '002020-q1-2018.pdf')]);
    await page.locator('[data-testid="extraction-status"][data-status="done"]').waitFor({ timeout: 150_000 });
    const counts = page.getByTestId('library-checks').first();
    await expect.poll(() => counts.getAttribute('data-fail'), { timeout: 60_000 }).toBe('1');
  });

  it('finds the failing check and corrects the text figure through the dialog', async () => {
    await openTheFiling();
    await page.getByTestId('data-tab-checks').click();
    const failing = page.locator(`[data-testid="check-row"][data-status="fail"][data-key^="${CHECK_KEY_PREFIX}"]`);
    await failing.waitFor({ timeout: 30_000 });
    checkKey = (await failing.getAttribute('data-key'))!;
    figureId = (await failing.getAttribute('data-figure-ids'))!.split(',')[0]!;
    await failing.click();

    // The selected check lists its figures, the checked one first, each with its actions.
    const figure = page.locator(`[data-testid="check-figure"][data-figure-id="${figureId}"]`);
    await figure.waitFor();
    await expect(figure.textContent()).resolves.toContain(PRINTED);
    await figure.getByTestId('correct-figure').click();

    const dialog = page.getByTestId('correction-dialog');
    await dialog.waitFor();
    await expect(dialog.getByTestId('correction-label').textContent()).resolves.toContain('财务费用');
    await expect(dialog.getByTestId('correction-extracted').textContent()).resolves.toBe(PRINTED);
    await expect(dialog.getByTestId('correction-field').inputValue()).resolves.toBe('value');
    // Checked as typed, by the rules the core applies: not a number is refused.
    await dialog.getByTestId('correction-value').fill('379.8四');
    await dialog.getByTestId('correction-error').waitFor();
    await expect(dialog.getByTestId('correction-submit').isDisabled()).resolves.toBe(true);
    await dialog.screenshot({ path: path.join(SHOTS, 'review-correction-invalid.png') });

    await dialog.getByTestId('correction-value').fill(RIGHT);
    await expect(dialog.getByTestId('correction-preview').textContent()).resolves.toContain(RIGHT);
    await dialog.getByTestId('correction-reason').fill('主要会计数据表：4,234,369.21 / 882,451.46 − 1 = 379.84%，正文笔误');
    await shot('correction-dialog');
    await dialog.getByTestId('correction-submit').click();
    await dialog.waitFor({ state: 'detached' });

    // Pending: marked on the figure, counted on the tab, listed in the Corrections tab.
    await figure.locator('[data-testid="correction-marker"][data-state="pending"]').waitFor();
    await expect(page.getByTestId('data-tab-count-corrections').textContent()).resolves.toBe('1');
    await page.getByTestId('data-tab-corrections').click();
    const item = page.locator('[data-testid="correction-item"][data-status="pending"]');
    await item.waitFor();
    correctionId = (await item.getAttribute('data-correction-id'))!;
    await expect(item.getByTestId('correction-old').textContent()).resolves.toBe(PRINTED);
    await expect(item.getByTestId('correction-new').textContent()).resolves.toBe(RIGHT);
    await item.click();
    await page.locator('[data-testid="pdf-flash"]').first().waitFor({ state: 'attached' });
    await expect(item.getByTestId('correction-withdraw').isVisible()).resolves.toBe(true);
    await shot('corrections-pending');

    // In the Figures grid the value carries the amber corner; a right-click offers the actions.
    const key = (await item.getAttribute('data-target-key'))!;
    await page.getByTestId('data-tab-figures').click();
    await page.getByTestId('figure-search').fill('财务费用');
    const value = page.locator(`[data-testid="figure-grid"] [data-target-key="${key}"]`);
    await expect.poll(() => value.getAttribute('data-correction'), { timeout: 10_000 }).toBe('pending');
    await expect(value.getAttribute('title')).resolves.toMatch(new RegExp(`${PRINTED} → ${RIGHT}`));
    await value.click({ button: 'right' });
    const menu = page.getByTestId('review-menu');
    await menu.waitFor();
    await shot('figures-pending');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  });

  it('draws a region on the PDF and annotates it 存疑', async () => {
    await page.evaluate(() => document.querySelector('[data-testid="pdf-page"][data-page-number="1"]')?.scrollIntoView());
    await page.getByTestId('annotate-region-tool').click();
    await expect(page.getByTestId('annotate-region-tool').getAttribute('aria-pressed')).resolves.toBe('true');
    const pageBox = (await page.locator('[data-testid="pdf-page"][data-page-number="1"]').boundingBox())!;
    const from = { x: pageBox.x + pageBox.width * 0.12, y: pageBox.y + pageBox.height * 0.18 };
    const to = { x: pageBox.x + pageBox.width * 0.62, y: pageBox.y + pageBox.height * 0.27 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.getByTestId('region-band').waitFor();
    await page.mouse.up();

    const composer = page.getByTestId('annotation-composer');
    await composer.waitFor();
    await page.getByTestId('pdf-annotation-draft').waitFor();
    await composer.getByTestId('annotation-comment-input').fill('封面与正文的报告期表述需核对');
    await composer.locator('[data-testid="annotation-tag"][data-tag="存疑"]').click();
    await expect(composer.locator('[data-testid="annotation-tag"][data-tag="存疑"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await shot('annotation-composer');
    await composer.getByTestId('annotation-save').click();
    await composer.waitFor({ state: 'detached' });

    // On the page, where it was drawn, and the tool is off again.
    const highlight = page.locator('[data-testid="pdf-page"][data-page-number="1"] [data-testid="pdf-annotation"]').first();
    await highlight.waitFor();
    annotationId = (await highlight.getAttribute('data-annotation-id'))!;
    const drawn = (await highlight.boundingBox())!;
    expect(Math.abs(drawn.x - from.x)).toBeLessThan(3);
    expect(Math.abs(drawn.y - from.y)).toBeLessThan(3);
    expect(Math.abs(drawn.x + drawn.width - to.x)).toBeLessThan(3);
    expect(Math.abs(drawn.y + drawn.height - to.y)).toBeLessThan(3);
    await expect(page.getByTestId('annotate-region-tool').getAttribute('aria-pressed')).resolves.toBe('false');

    // The pin shows the comment on hover, and a click opens the note in its tab.
    const pin = page.locator(`[data-testid="pdf-annotation-pin"][data-annotation-id="${annotationId}"]`);
    await pin.hover();
    await expect(page.getByTestId('annotation-tip').textContent()).resolves.toContain('封面与正文');
    await pin.click();
    await page.getByTestId('annotations-tab').waitFor();
    const item = page.locator(`[data-testid="annotation-item"][data-annotation-id="${annotationId}"]`);
    await expect(item.getAttribute('data-status')).resolves.toBe('open');
    await expect(item.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(item.textContent()).resolves.toContain('存疑');
    await expect(item.textContent()).resolves.toContain(REVIEWER.username);

    await item.getByTestId('annotation-reply-input').fill('已对照封面，待主管确认');
    await item.getByTestId('annotation-reply-send').click();
    await item.getByTestId('annotation-reply').waitFor();
    await expect(page.getByTestId('data-tab-count-annotations').textContent()).resolves.toBe('1');
    await shot('annotations-tab');

    // The record the core keeps: a region in page points, tagged, with its reply.
    const { annotations } = await callApi<{ annotations: { anchor: { kind: string; page: number }; tags: string[]; replies: unknown[] }[] }>(page, 'listAnnotations', { ref: '1' });
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ anchor: { kind: 'region', page: 1 }, tags: ['存疑'] });
    expect(annotations[0]!.replies).toHaveLength(1);
  });

  it('annotates a sentence selected on the page and a table cell', async () => {
    // A sentence of page 6: selected on the text layer, offered for a note, one box per line.
    const sentence = page.locator('[data-testid="pdf-page"][data-page-number="6"] .textLayer span:not(.markedContent)').filter({ hasText: '主要是汇兑损失增加所致' }).first();
    await sentence.scrollIntoViewIfNeeded();
    const span = (await sentence.boundingBox())!;
    // Past the ✗ tickmark drawn at the start of this span.
    await page.mouse.move(span.x + 20, span.y + span.height / 2);
    await page.mouse.down();
    await page.mouse.move(span.x + span.width - 2, span.y + span.height / 2, { steps: 6 });
    await page.mouse.up();
    await page.getByTestId('annotate-selection').click();
    const composer = page.getByTestId('annotation-composer');
    await composer.waitFor();
    await expect(composer.textContent()).resolves.toContain('汇兑损失');
    await composer.getByTestId('annotation-comment-input').fill('汇兑损失的币种与金额需问询');
    await composer.locator('[data-testid="annotation-tag"][data-tag="需问询"]').click();
    await composer.getByTestId('annotation-save').click();
    await composer.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-testid="pdf-page"][data-page-number="6"] [data-testid="pdf-annotation"]').count()).toBeGreaterThan(0);

    // The key-figures cell the check compared: right-click in its table, annotate it.
    const compared = (await checkRowFigureIds())[1]!;
    const { figures } = await callApi<{ figures: { id: number; tableId: number | null; cellId: number | null }[] }>(page, 'listFigures', { ref: '1' });
    const cellFigure = figures.find((candidate) => candidate.id === Number(compared))!;
    await page.getByTestId('data-tab-tables').click();
    await page.locator(`[data-testid="table-list-item"][data-table-id="${cellFigure.tableId}"]`).click();
    const cell = page.locator(`[data-testid="table-grid"] [data-cell-id="${cellFigure.cellId}"]`);
    await cell.waitFor();
    await cell.click({ button: 'right' });
    await page.getByTestId('review-menu').getByTestId('annotate-target').click();
    await composer.waitFor();
    await expect(composer.textContent()).resolves.toContain('单元格');
    await composer.getByTestId('annotation-comment-input').fill('已与利润表核对');
    await composer.locator('[data-testid="annotation-tag"][data-tag="已核实"]').click();
    await composer.getByTestId('annotation-save').click();
    await composer.waitFor({ state: 'detached' });
    await shot('annotation-cell');

    const { annotations } = await callApi<{ annotations: { anchor: { kind: string; quote?: string | null; rects: unknown[]; targetKey?: string | null }; tags: string[] }[] }>(page, 'listAnnotations', { ref: '1' });
    const text = annotations.find((annotation) => annotation.anchor.kind === 'text')!;
    expect(text.anchor.quote).toContain('汇兑损失');
    expect(text.anchor.rects.length).toBeGreaterThanOrEqual(1);
    expect(text.tags).toEqual(['需问询']);
    const onCell = annotations.find((annotation) => annotation.anchor.kind === 'cell')!;
    expect(onCell.anchor.targetKey).toMatch(/^t\d+\/r\d+\/c\d+$/);
    expect(onCell.tags).toEqual(['已核实']);
    await page.getByTestId('data-tab-annotations').click();
    await expect.poll(() => page.getByTestId('annotation-item').count()).toBe(3);
    await page.locator('[data-testid="annotation-filter-tag"]').selectOption('需问询');
    await expect.poll(() => page.getByTestId('annotation-item').count()).toBe(1);
    await page.locator('[data-testid="annotation-filter-tag"]').selectOption('');

    // Verified: resolve the cell's note; it fades on the page and leaves the open ones.
    const verified = page.locator('[data-testid="annotation-item"]').filter({ hasText: '已与利润表核对' });
    await verified.click();
    await verified.getByTestId('annotation-resolve').click();
    await expect.poll(() => verified.getAttribute('data-status')).toBe('resolved');
    const id = await verified.getAttribute('data-annotation-id');
    await expect.poll(() => page.locator(`[data-testid="pdf-annotation"][data-annotation-id="${id}"]`).getAttribute('data-status')).toBe('resolved');
    await page.locator('[data-testid="annotation-filter-status"]').selectOption('open');
    await expect.poll(() => page.getByTestId('annotation-item').count()).toBe(2);
    await page.locator('[data-testid="annotation-filter-status"]').selectOption('');
    await expect(page.getByTestId('data-tab-count-annotations').textContent()).resolves.toBe('2');
    await shot('annotations-list');
  });

  it('the supervisor approves the correction in the queue; the check passes', { timeout: 120_000 }, async () => {
    await signOut(page);
    await signIn(page, SUPERVISOR);
    await page.getByTestId('open-approval-queue').click();
    await page.getByTestId('approval-queue').waitFor();
    const queued = page.locator('[data-testid="queue-correction"]').filter({ hasText: RIGHT });
    await queued.waitFor({ timeout: 30_000 });
    await queued.getByTestId('queue-select').check();
    await shot('approval-queue');
    await page.getByTestId('queue-approve-selected').click();
    await queued.waitFor({ state: 'detached', timeout: 30_000 });

    await page.goBack();
    await page.getByTestId('library').waitFor();
    await openTheFiling();
    await page.getByTestId('data-tab-checks').click();
    await checkRow().waitFor({ timeout: 30_000 });
    await expect(checkRow().getAttribute('data-status')).resolves.toBe('pass');
    await checkRow().click();
    const figure = page.locator(`[data-testid="check-figure"][data-figure-id="${figureId}"]`);
    await expect(figure.textContent()).resolves.toContain(RIGHT);
    await figure.locator('[data-testid="correction-marker"][data-state="reviewed"]').waitFor();
    await shot('check-pass');

    await page.getByTestId('data-tab-corrections').click();
    const item = page.locator(`[data-testid="correction-item"][data-correction-id="${correctionId}"]`);
    await expect(item.getAttribute('data-status')).resolves.toBe('approved');
    await expect(item.textContent()).resolves.toContain(SUPERVISOR.username);
    await item.click();
    await shot('corrections-approved');
  });

  it('an approved filing is locked: annotate and correct are off, with the reason', async () => {
    await callApi(page, 'changeFilingStatus', { ref: '1', action: 'submit' });
    await signOut(page);
    await signIn(page, ADMIN);
    await callApi(page, 'changeFilingStatus', { ref: '1', action: 'approve' });
    await openTheFiling();
    await expect.poll(() => page.getByTestId('annotate-region-tool').isDisabled(), { timeout: 10_000 }).toBe(true);
    await page.getByTestId('data-tab-annotations').click();
    await page.getByTestId('review-locked').waitFor();
    await page.getByTestId('data-tab-checks').click();
    await checkRow().click();
    const correct = page.locator(`[data-testid="check-figure"][data-figure-id="${figureId}"] [data-testid="correct-figure"]`);
    await expect(correct.isDisabled()).resolves.toBe(true);
    await expect(correct.getAttribute('title')).resolves.toMatch(/锁定/);
    await shot('locked');
    expect(app.pageErrors).toEqual([]);
  });
});

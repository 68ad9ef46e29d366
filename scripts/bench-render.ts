/**
 * Render bench for the review workspace (run after `npm run build`):
 *   node --import tsx scripts/bench-render.ts
 * Imports the 161-page half-year report into a throwaway store (no extraction), serves
 * it with the built CLI, opens it in headless Chromium and reads the performance marks
 * the renderer places:
 *   - open → first page painted: `gouji:open-start` → `gouji:first-page-painted`,
 *     median of 5 opens, the page reloaded each time (goal ≤ 300 ms);
 *   - page to page: go to pages 10, 20, …, 160 and time the jump until
 *     `gouji:page-N-rendered` (median and p95).
 * Exits non-zero when the first-paint goal is missed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { chromium, type Page } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'bin', 'gouji.mjs');
const REPORT_CANDIDATES = [
  path.join(root, '..', 'shared', 'realpdfs', '603598_引力传媒_2025年半年度报告.pdf'),
  path.join(root, 'tests', 'fixtures', 'real', '603598-half-year-2025.pdf'),
];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OPENS = 5;
const FIRST_PAINT_GOAL_MS = 300;
const TIMEOUT_MS = 60_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

function importReport(store: string, file: string): number {
  const run = spawnSync(process.execPath, [cli, '--db', store, '--json', 'import', '--no-extract', file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`import failed (${run.status}): ${run.stderr.slice(0, 500)}`);
  const output = JSON.parse(run.stdout) as { results: Array<{ status: string; document?: { id: number } }> };
  const id = output.results[0]?.document?.id;
  if (id === undefined) throw new Error(`import did not report a document: ${run.stdout.slice(0, 500)}`);
  return id;
}

async function serve(store: string): Promise<{ server: ChildProcess; launchUrl: string; origin: string }> {
  const server = spawn(process.execPath, [cli, '--db', store, '--json', 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: server.stdout! }).once('line', resolve);
    server.once('exit', (code) => reject(new Error(`gouji serve exited with ${code}`)));
  });
  const info = JSON.parse(firstLine) as { url: string; launchUrl: string };
  return { server, launchUrl: info.launchUrl, origin: new URL(info.url).origin };
}

/** Milliseconds from `gouji:open-start` to `gouji:first-page-painted` for one fresh page load. */
async function timeOpen(page: Page, filingUrl: string): Promise<number> {
  // Each open starts from page 1 at fit width, as a first open of the filing would.
  await page.evaluate(() => localStorage.removeItem('gouji.views'));
  await page.goto(filingUrl);
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('gouji:first-page-painted').length > 0, null, {
    timeout: TIMEOUT_MS,
  });
  return page.evaluate(() => {
    const start = performance.getEntriesByName('gouji:open-start')[0];
    const painted = performance.getEntriesByName('gouji:first-page-painted')[0];
    if (!start || !painted) throw new Error('marks missing');
    return painted.startTime - start.startTime;
  });
}

/** Types a page number into the viewer's page box and times the jump until that page is painted. */
async function timeJump(page: Page, target: number): Promise<number> {
  const started = await page.evaluate((pageNumber) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="viewer-page-input"]');
    if (!input) throw new Error('no page input');
    const now = performance.now();
    input.value = String(pageNumber);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    return now;
  }, target);
  await page.waitForFunction(
    ([name, since]) => performance.getEntriesByName(name as string).some((entry) => entry.startTime >= (since as number)),
    [`gouji:page-${target}-rendered`, started] as const,
    { timeout: TIMEOUT_MS, polling: 'raf' },
  );
  return page.evaluate(
    ([name, since]) => {
      const entry = performance.getEntriesByName(name as string).find((mark) => mark.startTime >= (since as number));
      return (entry?.startTime ?? Number.NaN) - (since as number);
    },
    [`gouji:page-${target}-rendered`, started] as const,
  );
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'gouji.mjs')) || !fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    throw new Error('run `npm run build` first (the bench serves the built CLI and renderer)');
  }
  const report = REPORT_CANDIDATES.find((file) => fs.existsSync(file));
  if (!report) throw new Error(`the 161-page report is missing (looked for ${REPORT_CANDIDATES.join(', ')})`);
  const store = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-bench-render-'));
  let server: ChildProcess | undefined;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const id = importReport(store, report);
    const served = await serve(store);
    server = served.server;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await page.goto(served.launchUrl); // swaps the token for the session cookie
    await page.getByTestId('library').waitFor({ timeout: TIMEOUT_MS });
    const filingUrl = `${served.origin}/#/filing/${id}`;

    const opens: number[] = [];
    for (let run = 0; run < OPENS; run++) opens.push(await timeOpen(page, filingUrl));

    const pageCount = Number((await page.getByTestId('viewer-page-count').textContent())?.replace(/\D/g, '') ?? 0);
    const targets = Array.from({ length: Math.floor(pageCount / 10) }, (_, index) => (index + 1) * 10);
    const jumps: number[] = [];
    for (const target of targets) jumps.push(await timeJump(page, target));

    const firstPaint = median(opens);
    const ok = firstPaint <= FIRST_PAINT_GOAL_MS;
    console.log(`render bench: ${path.basename(report)} (${pageCount} pages), headless Chromium 1440×900, ${os.cpus().length} cores`);
    console.log(
      `  open → first page painted   ${ms(firstPaint)} median of ${OPENS} (runs: ${opens.map((value) => value.toFixed(0)).join(', ')} ms; goal ≤ ${FIRST_PAINT_GOAL_MS} ms) ${ok ? 'ok' : 'MISSED'}`,
    );
    console.log(
      `  page to page (→ pagerendered) median ${ms(median(jumps))}, p95 ${ms(percentile(jumps, 95))} over pages ${targets[0]}–${targets.at(-1)} (${jumps.length} jumps: ${jumps.map((value) => value.toFixed(0)).join(', ')} ms)\n`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await browser.close();
    server?.kill('SIGTERM');
    fs.rmSync(store, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

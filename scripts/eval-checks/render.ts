/**
 * Renders one ground-truth table alone to a PDF — its title line, its unit caption, the
 * table — with the fixtures' HTML, CSS and fit pass (tests/fixtures/generate.ts, which
 * exports nothing: the parts needed are replicated here and must stay in step with it).
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { isNumericCell, isPlaceholderCell } from '../../tests/fixtures/seed-parse';
import { BASE_CSS, baseTableFontPt } from '../../tests/fixtures/table-style';

const CHROMIUM_PATH = process.env['GOUJI_CHROMIUM'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface RenderableTable {
  readonly title: string | null;
  readonly unitCaption: string | null;
  readonly headerRows: number;
  readonly rows: readonly (readonly string[])[];
}


// Same as FIT_TABLES_SCRIPT in tests/fixtures/generate.ts (the layout it returns is not needed here).
const FIT_TABLES_SCRIPT = `(() => {
  const fits = (section, table) => table.getBoundingClientRect().width <= section.getBoundingClientRect().width + 0.5;
  const shrinkUntilFits = (section, table, start, min) => {
    let size = start;
    table.style.fontSize = size + 'pt';
    while (!fits(section, table) && size > min) { size -= 0.5; table.style.fontSize = size + 'pt'; }
    return size;
  };
  for (const section of document.querySelectorAll('section.tbl')) {
    const table = section.querySelector('table');
    const start = Number(section.dataset.font);
    shrinkUntilFits(section, table, start, 6);
    if (!fits(section, table)) { section.classList.add('wide'); shrinkUntilFits(section, table, start, 5.5); }
    if (!fits(section, table)) table.classList.add('wrapnums');
  }
  return true;
})()`;

const PORTRAIT_TEXT_WIDTH_PX = Math.round(((210 - 30) / 25.4) * 96);
const PINNED_PDF_DATE = "D:20260101000000+00'00'";


function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/gu, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);
}

function renderCell(cell: string, header: boolean): string {
  if (header) return `<th>${escapeHtml(cell)}</th>`;
  const numeric = isNumericCell(cell) || isPlaceholderCell(cell);
  return numeric ? `<td class="num">${escapeHtml(cell)}</td>` : `<td>${escapeHtml(cell)}</td>`;
}

/** The fixtures style a short "（一）…" / "一、…" title as a heading paragraph. */
function titleClass(title: string): string {
  return /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d\s]+[节章]|[（(][一二三四五六七八九十]+[)）])/u.test(title) && title.length <= 30 ? 'heading' : 'body';
}

export function tableHtml(table: RenderableTable): string {
  const row = (cells: readonly string[], isHeader: boolean): string => `<tr>${cells.map((cell) => renderCell(cell, isHeader)).join('')}</tr>`;
  const header = table.rows.slice(0, table.headerRows);
  const body = table.rows.slice(table.headerRows);
  const thead = header.length > 0 ? `<thead>${header.map((cells) => row(cells, true)).join('')}</thead>` : '';
  const captions = [
    table.title === null ? '' : `<p class="${titleClass(table.title)}">${escapeHtml(table.title)}</p>`,
    table.unitCaption === null ? '' : `<p class="unit">${escapeHtml(table.unitCaption)}</p>`,
  ].join('');
  const fontPt = baseTableFontPt(table.rows[0]?.length ?? 1);
  const section =
    `<section class="tbl" data-index="0" data-font="${fontPt}">${captions}` +
    `<table style="font-size:${fontPt}pt">${thead}<tbody>${body.map((cells) => row(cells, false)).join('')}</tbody></table></section>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>eval-checks</title><style>${BASE_CSS}</style></head><body>${section}</body></html>`;
}

/** Chromium stamps the print time into the PDF; pinning it makes identical tables identical files. */
function pinPdfDates(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const pinned = text.replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/gu, (match: string, key: string) => {
    const replacement = `/${key} (${PINNED_PDF_DATE})`;
    return replacement.length === match.length ? replacement : match;
  });
  return new Uint8Array(Buffer.from(pinned, 'latin1'));
}

async function printOn(page: Page, html: string): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate('document.fonts.ready.then(() => true)');
  await page.evaluate(FIT_TABLES_SCRIPT);
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    margin: { top: '16mm', right: '15mm', bottom: '16mm', left: '15mm' },
  });
  return pinPdfDates(new Uint8Array(pdf));
}

export interface TableRenderer {
  render(table: RenderableTable): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** One browser, a few reused pages: a fresh page per table costs more than the print itself. */
export async function openRenderer(): Promise<TableRenderer> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: PORTRAIT_TEXT_WIDTH_PX, height: 1100 } });
  await page.emulateMedia({ media: 'print' });
  return {
    render: (table) => printOn(page, tableHtml(table)),
    close: () => browser.close(),
  };
}

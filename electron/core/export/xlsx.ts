/**
 * One workbook per filing (exceljs): Figures, Checks, Corrections and Annotations sheets
 * with the dataset columns, then one sheet per extracted table in the table's own shape,
 * merged cells merged. Amounts are stored as numbers with the printed number format
 * ('#,##0.00'), cells changed by an approved correction are green, cells with a pending
 * one yellow, each with a note saying what was extracted or proposed.
 */
import type ExcelJS from 'exceljs';
import type { ExportLanguage } from '../../../shared/api/contract';
import type { FilingBundle } from '../../../shared/domain/export/bundle';
import { dataset, type DatasetName } from '../../../shared/domain/export/datasets';
import { numberFormatFor, uniqueSheetName } from '../../../shared/domain/export/naming';
import { annotationRows, cellRows, checkRows, correctionRows, figureRows, type Row, type RowOptions, type Scalar } from '../../../shared/domain/export/rows';
import { APP_VERSION } from '../version';

/** Beyond 15 significant digits a double no longer holds every digit: such a value stays text. */
const MAX_EXACT_DIGITS = 15;

/**
 * The one place a decimal string becomes a JavaScript number: XLSX stores numbers as
 * IEEE doubles, so converting at this boundary is what the format requires. Nothing is
 * computed with it; a value a double cannot hold exactly is written as text instead.
 */
export function toExcelNumber(decimal: string): number | null {
  if (!/^-?\d+(?:\.\d+)?$/.test(decimal)) return null;
  const significant = decimal.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return significant.length <= MAX_EXACT_DIGITS ? Number(decimal) : null;
}

const FILL = {
  header: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF2' } },
  approved: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDFF3E3' } },
  pending: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4C2' } },
} as const satisfies Record<string, ExcelJS.Fill>;

const SHEET_TITLES: Record<'figures' | 'checks' | 'corrections' | 'annotations', { zh: string; en: string }> = {
  figures: { zh: '数据点', en: 'Figures' },
  checks: { zh: '勾稽', en: 'Checks' },
  corrections: { zh: '更正', en: 'Corrections' },
  annotations: { zh: '批注', en: 'Annotations' },
};

const NOTE = {
  zh: { extracted: '提取值', proposed: '待审更正' },
  en: { extracted: 'Extracted', proposed: 'Pending correction' },
};

function setValue(cell: ExcelJS.Cell, value: Scalar, numeric: boolean): void {
  if (value === null) return;
  if (numeric && typeof value === 'string') {
    const number = toExcelNumber(value);
    if (number !== null) {
      cell.value = number;
      cell.numFmt = numberFormatFor(value);
      return;
    }
  }
  cell.value = value;
}

function addDatasetSheet(workbook: ExcelJS.Workbook, taken: Set<string>, name: DatasetName & keyof typeof SHEET_TITLES, rows: readonly Row[], lang: ExportLanguage): void {
  const ds = dataset(name);
  const sheet = workbook.addWorksheet(uniqueSheetName(SHEET_TITLES[name][lang], taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ds.columns.map((c) => ({ header: c[lang], key: c.key, width: Math.min(40, Math.max(10, [...c[lang]].length * 2 + 2)) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = FILL.header;
  for (const row of rows) {
    const line = sheet.addRow([]);
    ds.columns.forEach((c, i) => setValue(line.getCell(i + 1), row[c.key] ?? null, c.type === 'number'));
  }
  if (rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ds.columns.length } };
}

/** A caption above the grid: title, unit, pages; the grid starts below it. */
const GRID_TOP = 4;

function addTableSheet(workbook: ExcelJS.Workbook, taken: Set<string>, b: FilingBundle, index: number, cells: readonly Row[], lang: ExportLanguage): void {
  const { table } = b.tables[index]!;
  const sheet = workbook.addWorksheet(uniqueSheetName(`T${table.seq} ${table.title ?? ''}`, taken));
  const pages = table.pageStart === table.pageEnd ? `${table.pageStart}` : `${table.pageStart}–${table.pageEnd}`;
  sheet.getCell(1, 1).value = table.title ?? `T${table.seq}`;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(2, 1).value = [lang === 'zh' ? `页 ${pages}` : `page ${pages}`, table.unit ? (lang === 'zh' ? `单位：${table.unit}` : `unit: ${table.unit}`) : null, `t${table.seq}`].filter(Boolean).join('  ·  ');
  const widths = new Map<number, number>();
  for (const c of cells) {
    const row = Number(c.row) + GRID_TOP;
    const col = Number(c.col) + 1;
    const cell = sheet.getCell(row, col);
    const numeric = c.valueKind === 'number' && typeof c.value === 'string';
    setValue(cell, (numeric ? c.value : c.text) ?? null, numeric);
    if (c.isHeader) {
      cell.font = { bold: true };
      cell.fill = FILL.header;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
    if (c.valueSource === 'approved' || c.valueSource === 'pending' || c.pendingCorrection) {
      cell.fill = c.valueSource === 'approved' ? FILL.approved : FILL.pending;
      const lines = [c.valueSource !== 'extracted' ? `${NOTE[lang].extracted}: ${String(c.printedText)}` : null, c.pendingCorrection ? NOTE[lang].proposed : null];
      cell.note = lines.filter(Boolean).join('\n');
    }
    if (Number(c.rowSpan) > 1 || Number(c.colSpan) > 1) sheet.mergeCells(row, col, row + Number(c.rowSpan) - 1, col + Number(c.colSpan) - 1);
    widths.set(col, Math.max(widths.get(col) ?? 8, Math.min(48, [...String(c.text)].length * (c.valueKind === 'number' ? 1.2 : 2.1) + 2)));
  }
  for (const [col, width] of widths) sheet.getColumn(col).width = width;
}

export async function workbookFor(b: FilingBundle, options: RowOptions & { annotations: boolean }): Promise<Uint8Array> {
  // Loaded when a workbook is made, not with the app: exceljs costs every command ~0.2 s.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = `Gouji ${APP_VERSION}`;
  workbook.created = new Date();
  const taken = new Set<string>();
  const { lang } = options;
  addDatasetSheet(workbook, taken, 'figures', figureRows(b, options), lang);
  addDatasetSheet(workbook, taken, 'checks', checkRows(b, options), lang);
  addDatasetSheet(workbook, taken, 'corrections', correctionRows(b), lang);
  if (options.annotations) addDatasetSheet(workbook, taken, 'annotations', annotationRows(b), lang);
  const cellsByTable = new Map<Scalar, Row[]>();
  for (const c of cellRows(b, options)) {
    const list = cellsByTable.get(c.tableId ?? null);
    if (list) list.push(c);
    else cellsByTable.set(c.tableId ?? null, [c]);
  }
  b.tables.forEach(({ table }, index) => addTableSheet(workbook, taken, b, index, cellsByTable.get(table.id) ?? [], lang));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

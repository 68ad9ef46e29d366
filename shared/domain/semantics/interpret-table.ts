/**
 * A detected grid read as a financial table: which columns hold row labels, each
 * column's header path, period and unit, each row's label path, and every numeric
 * body cell as a figure (metric as printed, canonical name, period, exact value, unit).
 */
import type { FigureDraft, CellDraft, TableResult } from '../extraction/result';
import type { GridCell, GridTable } from '../extraction/types';
import { canonicalMetric, labelIndentLevel } from '../metrics';
import { parseNumber, type ParsedNumber } from '../numbers';
import { parsePeriod, parsePeriodColumns, type PeriodContext, type PeriodInfo } from '../periods';
import { parseUnit, unitFromHeader, type UnitInfo } from '../units';
import type { TableContext } from './table-context';
import { tableKind } from './table-kind';

export interface InterpretOptions {
  context: TableContext;
  /** Last day of the filing's report period ("2025-06-30"), to date relative headers. */
  reportPeriodEnd?: string;
  /** How far a label's text sits in from its cell's left edge (points), where the page shows it. */
  labelIndent?: (cell: GridCell) => number | null;
}

interface Column {
  index: number;
  headerPath: string[];
  period: PeriodInfo | null;
  unit: UnitInfo | null;
  role: 'label' | 'note' | 'value';
}

const INDENT_STEP_PT = 4;

function mostSpecific<T>(headerPath: readonly string[], read: (header: string) => T | null): T | null {
  for (let i = headerPath.length - 1; i >= 0; i--) {
    const found = read(headerPath[i]!);
    if (found) return found;
  }
  return null;
}

/** The cell covering (row, col): merged cells cover every position they span. */
function coverageMap(grid: GridTable): (GridCell | undefined)[][] {
  const map: (GridCell | undefined)[][] = Array.from({ length: grid.rowCount }, () => new Array<GridCell | undefined>(grid.colCount));
  for (const cell of grid.cells) {
    for (let r = cell.row; r < Math.min(grid.rowCount, cell.row + cell.rowSpan); r++) {
      for (let c = cell.col; c < Math.min(grid.colCount, cell.col + cell.colSpan); c++) map[r]![c] = cell;
    }
  }
  return map;
}

function columnHeaderPaths(grid: GridTable, cover: (GridCell | undefined)[][]): string[][] {
  return Array.from({ length: grid.colCount }, (_, col) => {
    const path: string[] = [];
    for (let row = 0; row < grid.headerRows; row++) {
      const text = cover[row]?.[col]?.text.trim() ?? '';
      if (text !== '' && path[path.length - 1] !== text) path.push(text);
    }
    return path;
  });
}

/** Label columns are the leading columns whose body cells are mostly words; a 附注 column holds note references. */
function columnRoles(grid: GridTable, headerPaths: string[][], parsed: Map<GridCell, ParsedNumber>): Column['role'][] {
  const roles: Column['role'][] = [];
  let stillLeading = true;
  for (let col = 0; col < grid.colCount; col++) {
    const header = headerPaths[col]!.join('');
    if (/附注|注释/u.test(header)) {
      roles.push('note');
      continue;
    }
    const body = grid.cells.filter((c) => c.col === col && c.row >= grid.headerRows);
    const numbers = body.filter((c) => parsed.get(c)?.kind === 'number').length;
    const words = body.filter((c) => parsed.get(c)?.kind === 'text').length;
    const isLabel = stillLeading && words > 0 && words >= numbers;
    if (!isLabel) stillLeading = col === 0 && words === 0 && numbers === 0 ? stillLeading : false;
    roles.push(isLabel ? 'label' : 'value');
  }
  if (!roles.includes('label') && roles.length > 1) roles[0] = 'label';
  return roles;
}

interface RowLabel {
  label: string;
  path: string[];
}

/**
 * Row label paths: a section heading ("流动资产：") opens a section; a "其中：" line is a
 * child of the line above it, and so are the lines after it indented as far as it
 * (其中：利息费用 / 利息收入). Indentation alone never makes a child: statements indent
 * ordinary items and totals differently from one producer to the next.
 */
function rowLabels(grid: GridTable, cover: (GridCell | undefined)[][], labelCol: number, options: InterpretOptions): RowLabel[] {
  const labels: RowLabel[] = [];
  let section: string | null = null;
  let parent: string | null = null;
  let parentIndent: number | null = null;
  let childIndent: number | null | undefined;
  for (let row = 0; row < grid.rowCount; row++) {
    const cell = cover[row]?.[labelCol];
    const label = cell && cell.row === row ? cell.text.trim() : '';
    if (row < grid.headerRows || label === '') {
      labels.push({ label, path: label ? [label] : [] });
      continue;
    }
    const hints = labelIndentLevel(label);
    const indent = cell ? (options.labelIndent?.(cell) ?? null) : null;
    if (hints.sectionHeading) {
      section = label;
      parent = null;
      childIndent = undefined;
      labels.push({ label, path: [label] });
      continue;
    }
    // Only a 其中 line printed deeper than its parent opens an indented block of children.
    const indentedBlock = childIndent != null && parentIndent !== null && childIndent > parentIndent + INDENT_STEP_PT;
    const continuesChildren = indentedBlock && indent !== null && indent >= childIndent! - INDENT_STEP_PT / 2;
    const isChild = parent !== null && (hints.child || continuesChildren);
    labels.push({ label, path: [...(section ? [section] : []), ...(isChild && parent ? [parent] : []), label] });
    if (hints.child) childIndent = indent;
    else if (!isChild) {
      parent = label;
      parentIndent = indent;
      childIndent = undefined;
    }
  }
  return labels;
}

export function interpretTable(grid: GridTable, options: InterpretOptions): Omit<TableResult, 'seq'> {
  const cover = coverageMap(grid);
  const parsed = new Map<GridCell, ParsedNumber>(grid.cells.map((cell) => [cell, parseNumber(cell.text)]));
  const headerPaths = columnHeaderPaths(grid, cover);
  const roles = columnRoles(grid, headerPaths, parsed);
  const periodContext: PeriodContext = options.reportPeriodEnd ? { reportPeriodEnd: options.reportPeriodEnd } : {};
  // Periods are read across the bottom header row together, so dated columns place each other.
  const periods = parsePeriodColumns(headerPaths.map((path) => path[path.length - 1] ?? ''), periodContext);
  const columns: Column[] = headerPaths.map((headerPath, index) => ({
    index,
    headerPath,
    // Else the most specific header that names one ("2025年1-6月" above "金额").
    period: periods[index] ?? mostSpecific(headerPath, (h) => parsePeriod(h, periodContext)),
    unit: mostSpecific(headerPath, unitFromHeader),
    role: roles[index]!,
  }));
  const labelCol = Math.max(0, roles.indexOf('label'));
  const labels = rowLabels(grid, cover, labelCol, options);
  const tableUnit = options.context.unit;

  const cells: CellDraft[] = grid.cells.map((cell) => {
    const value = parsed.get(cell)!;
    return {
      row: cell.row,
      col: cell.col,
      rowSpan: cell.rowSpan,
      colSpan: cell.colSpan,
      page: cell.page,
      box: cell.box,
      text: cell.text,
      isHeader: cell.row < grid.headerRows,
      valueKind: value.kind,
      value: value.kind === 'number' ? value.value : null,
      precision: value.kind === 'number' ? value.precision : null,
    };
  });

  const figures: FigureDraft[] = [];
  for (const cell of grid.cells) {
    const value = parsed.get(cell)!;
    const column = columns[cell.col];
    if (cell.row < grid.headerRows || value.kind !== 'number' || !column || column.role !== 'value') continue;
    const rowLabel = labels[cell.row];
    const metric = rowLabel?.label || column.headerPath.join(' / ');
    // A unit the row label prints ("销售人员数量(人)", "毛利率(%)") is that row's, except in a column of
    // percentages (the "增减(%)" of 基本每股收益(元/股) is a percentage, not 元/股).
    const rowUnit = rowLabel?.label && column.unit?.base !== 'percent' ? unitFromHeader(rowLabel.label) : null;
    const unit = rowUnit ?? column.unit ?? (value.inlineUnit ? parseUnit(value.inlineUnit) : null) ?? tableUnit;
    const percent = value.percent || unit?.base === 'percent';
    figures.push({
      cell: { row: cell.row, col: cell.col },
      source: 'table',
      page: cell.page,
      box: cell.box,
      metric,
      canonical: rowLabel?.label ? canonicalMetric(rowLabel.label) : null,
      rowPath: rowLabel?.path ?? [],
      columnPath: column.headerPath,
      periodKind: column.period?.kind ?? null,
      periodLabel: column.period?.label ?? null,
      periodStart: column.period?.start ?? null,
      periodEnd: column.period?.end ?? null,
      value: value.value,
      unit: percent ? '%' : (unit?.unit ?? null),
      scale: percent ? null : (unit?.scale ?? null),
      precision: value.precision,
      percent,
      percentagePoints: value.percentagePoints,
      direction: null,
      spanStart: null,
      spanEnd: null,
      context: null,
    });
  }

  const canonicalLabels = new Set(labels.map((l) => (l.label ? canonicalMetric(l.label) : null)).filter((c): c is string => c !== null));
  return {
    pageStart: grid.pageStart,
    pageEnd: grid.pageEnd,
    title: options.context.title,
    kind: tableKind(options.context.title, canonicalLabels, headerPaths.flat()),
    unit: tableUnit?.unit ?? null,
    scale: tableUnit?.scale ?? null,
    currency: tableUnit?.currency ?? null,
    rowCount: grid.rowCount,
    colCount: grid.colCount,
    headerRows: grid.headerRows,
    ruled: grid.ruled,
    regions: grid.regions,
    cells,
    figures,
  };
}

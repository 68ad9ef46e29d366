/**
 * From every page's geometry to what the store keeps: page texts for the index,
 * tables read as financial tables, and the figures in running text. Pure, so it is
 * tested on plain data and runs wherever the geometry was read.
 */
import { findNarrativeFigures } from '../narrative';
import { interpretTable } from '../semantics/interpret-table';
import { readTableContext } from '../semantics/table-context';
import { detectPageTables, stitchContinuedTables } from '../tables';
import { boxContains, boxOfSpan, groupIntoLines, type PageLine } from './page-lines';
import type { ExtractionResult, FigureDraft, PageResult, TableResult } from './result';
import type { Box, GridCell, GridTable, PageGeometry } from './types';

export interface BuildContext {
  /** The filing's report period as metadata reads it ("2025-H1", "2018-Q1", "2024-FY"). */
  reportPeriod: string | null;
}

const PERIOD_END: Record<string, string> = { H1: '06-30', Q1: '03-31', Q2: '06-30', Q3: '09-30', FY: '12-31' };
/** How far above a table its title and unit caption may stand. */
const CONTEXT_REACH_PT = 90;

export function reportPeriodEnd(reportPeriod: string | null): string | undefined {
  const match = /^(\d{4})-(H1|Q1|Q2|Q3|FY)$/.exec(reportPeriod ?? '');
  return match ? `${match[1]}-${PERIOD_END[match[2]!]}` : undefined;
}

function linesAbove(lines: readonly PageLine[], box: Box): string[] {
  return lines
    .filter((line) => line.box.y1 <= box.y0 + 1 && line.box.y1 >= box.y0 - CONTEXT_REACH_PT)
    .sort((a, b) => b.box.y1 - a.box.y1)
    .map((line) => line.text);
}

function indentReader(pages: readonly PageGeometry[]): (cell: GridCell) => number | null {
  return (cell) => {
    const runs = pages[cell.page - 1]?.runs.filter((run) => boxContains(cell.box, run.box));
    if (!runs || runs.length === 0) return null;
    return Math.min(...runs.map((run) => run.box.x0)) - cell.box.x0;
  };
}

function interpretTables(tables: readonly GridTable[], pages: readonly PageGeometry[], linesByPage: readonly PageLine[][], periodEnd: string | undefined): TableResult[] {
  const labelIndent = indentReader(pages);
  const results: TableResult[] = [];
  for (const [seq, grid] of tables.entries()) {
    const first = grid.regions[0];
    const context = readTableContext(first ? linesAbove(linesByPage[first.page - 1] ?? [], first.box) : []);
    const previous = results[results.length - 1];
    // A continued table, or one printed under the same caption, keeps the unit stated before it.
    if (!context.unit && previous && previous.unit && (context.continued || previous.pageEnd >= grid.pageStart - 1)) {
      context.unit = { unit: previous.unit, scale: previous.scale ?? '1', base: 'other', currency: previous.currency };
    }
    results.push({ seq, ...interpretTable(grid, { context, labelIndent, ...(periodEnd ? { reportPeriodEnd: periodEnd } : {}) }) });
  }
  return results;
}

/**
 * Running text of a page outside its tables, lines joined into paragraphs (a line that
 * fills the width continues on the next), with each character traced to its line.
 */
function paragraphText(lines: readonly PageLine[]): { text: string; origin: { line: number; offset: number }[] } {
  const right = Math.max(0, ...lines.map((l) => l.box.x1));
  let text = '';
  const origin: { line: number; offset: number }[] = [];
  lines.forEach((line, index) => {
    if (index > 0) {
      const before = lines[index - 1]!;
      const continues = before.box.x1 >= right * 0.9 && !/[。；;：:！？!?]$/u.test(before.text);
      if (!continues) {
        text += '\n';
        origin.push({ line: index, offset: -1 });
      }
    }
    for (let offset = 0; offset < line.text.length; offset++) origin.push({ line: index, offset });
    text += line.text;
  });
  return { text, origin };
}

function narrativeFigures(page: number, lines: readonly PageLine[]): FigureDraft[] {
  const { text, origin } = paragraphText(lines);
  return findNarrativeFigures(text).map((found) => {
    const first = origin[found.start];
    const last = origin[Math.max(found.start, found.end - 1)];
    const line = lines[first?.line ?? 0]!;
    const sameLine = first && last && first.line === last.line;
    const box = first && first.offset >= 0 ? boxOfSpan(line, first.offset, sameLine && last ? last.offset + 1 : line.text.length) : line.box;
    const contextStart = Math.max(0, text.lastIndexOf('\n', found.start) + 1, found.start - 60);
    const contextEnd = Math.min(text.length, found.end + 40);
    return {
      cell: null,
      source: 'text',
      page,
      box,
      metric: found.label,
      canonical: found.metric,
      rowPath: [],
      columnPath: [],
      periodKind: found.comparison === 'yoy' ? 'change' : found.priorPeriod ? 'prior' : null,
      periodLabel: null,
      periodStart: null,
      periodEnd: null,
      value: found.value,
      unit: found.unit,
      scale: null,
      precision: found.precision,
      percent: found.percent,
      percentagePoints: found.percentagePoints,
      direction: found.direction,
      spanStart: found.start,
      spanEnd: found.end,
      context: text.slice(contextStart, contextEnd).replace(/\n/g, ' '),
    };
  });
}

/** What one page gives on its own: its lines, its tables before stitching, its stored text and figures. */
export interface PageAnalysis {
  page: number;
  lines: PageLine[];
  tables: GridTable[];
  result: PageResult;
  textFigures: FigureDraft[];
}

/**
 * The work that needs only the page itself, so it can run as each page is read (while
 * the others still are). A table's outline on its page is the same before and after
 * stitching, so the running text outside the tables is known here too.
 */
export function analysePage(page: PageGeometry): PageAnalysis {
  const lines = groupIntoLines(page.runs);
  const tables = detectPageTables(page);
  const regions = tables.flatMap((t) => t.regions).filter((r) => r.page === page.page);
  const outside = lines.filter((line) => !regions.some((r) => boxContains(r.box, line.box)));
  return {
    page: page.page,
    lines,
    tables,
    result: {
      page: page.page,
      width: page.width,
      height: page.height,
      hasTextLayer: page.runs.some((run) => run.text.trim() !== ''),
      imageCoverage: page.imageCoverage,
      text: lines.map((line) => line.text).join('\n'),
    },
    textFigures: narrativeFigures(page.page, outside),
  };
}

/** The whole filing from its pages and their analyses (same order): tables stitched across pages and interpreted. */
export function assembleExtraction(pages: readonly PageGeometry[], analyses: readonly PageAnalysis[], context: BuildContext): ExtractionResult {
  const grids = stitchContinuedTables(
    analyses.map((a) => a.tables),
    pages,
  );
  const tables = interpretTables(
    grids,
    pages,
    analyses.map((a) => a.lines),
    reportPeriodEnd(context.reportPeriod),
  );
  return { pages: analyses.map((a) => a.result), tables, textFigures: analyses.flatMap((a) => a.textFigures) };
}

export function buildExtraction(pages: readonly PageGeometry[], context: BuildContext): ExtractionResult {
  return assembleExtraction(pages, pages.map(analysePage), context);
}

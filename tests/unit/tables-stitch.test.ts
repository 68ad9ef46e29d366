import { describe, expect, it } from 'vitest';
import type { GridTable, PageGeometry, PositionedText, Segment } from '../../shared/domain/extraction/types';
import { detectTables } from '../../shared/domain/tables';

const SIZE = 9;
const WIDTH = 595;
const HEIGHT = 842;

function run(text: string, x: number, y: number, size = SIZE): PositionedText {
  const width = [...text].reduce((w, ch) => w + (/[\u2E80-\u9FFF\uFF00-\uFFEF]/u.test(ch) ? size : size / 2), 0);
  return { text, box: { x0: x, y0: y, x1: x + width, y1: y + size }, size };
}

function gridRules(xs: number[], ys: number[]): Segment[] {
  return [
    ...ys.map((y): Segment => ({ x0: xs[0]!, y0: y, x1: xs[xs.length - 1]!, y1: y, orientation: 'h' })),
    ...xs.map((x): Segment => ({ x0: x, y0: ys[0]!, x1: x, y1: ys[ys.length - 1]!, orientation: 'v' })),
  ];
}

const XS = [60, 260, 400, 540];
const HEADER = ['项目', '期末余额', '期初余额'];

/** A page of a continued table: header row + body rows from `top`, with running header and page number. */
function tablePage(number: number, top: number, body: string[][], options: { header?: boolean; above?: string[]; below?: string[]; xs?: number[] } = {}): PageGeometry {
  const xs = options.xs ?? XS;
  const rows = options.header === false ? body : [HEADER, ...body];
  const ys = rows.map((_, i) => top + 20 * i);
  ys.push(top + 20 * rows.length);
  const runs: PositionedText[] = [
    run('引力传媒股份有限公司2025年半年度报告', 220, 30),
    run(`${number} / 161`, 285, 800),
    ...rows.flatMap((cells, r) => cells.map((text, c) => run(text, xs[c]! + 4, ys[r]! + 5))),
    ...(options.above ?? []).map((text, i) => run(text, 60, top - 40 + 14 * i)),
    ...(options.below ?? []).map((text, i) => run(text, 60, ys[ys.length - 1]! + 20 + 14 * i)),
  ];
  return { page: number, width: WIDTH, height: HEIGHT, runs, segments: [{ x0: 60, y0: 50, x1: 540, y1: 50, orientation: 'h' }, ...gridRules(xs, ys)], rects: [], imageCoverage: 0 };
}

function body(from: number, count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [`科目${from + i}`, `${from + i},000.00`, `${from + i},500.00`]);
}

function rowsOf(table: GridTable): string[][] {
  const grid = Array.from({ length: table.rowCount }, () => Array<string>(table.colCount).fill(''));
  for (const c of table.cells) grid[c.row]![c.col] = c.text;
  return grid;
}

describe('stitching continued tables', () => {
  it('joins a table ending page N with one starting page N+1 and drops the repeated header', () => {
    const first = tablePage(36, 600, body(1, 9));
    const second = tablePage(37, 80, body(10, 3), { below: ['公司负责人:罗衍记 主管会计工作负责人:王晓颖'] });
    const tables = detectTables([first, second]);
    expect(tables).toHaveLength(1);
    const [table] = tables as [GridTable];
    expect(table).toMatchObject({ pageStart: 36, pageEnd: 37, rowCount: 13, colCount: 3, headerRows: 1 });
    expect(rowsOf(table)[0]).toEqual(HEADER);
    expect(rowsOf(table).slice(1).map((r) => r[0])).toEqual(body(1, 12).map((r) => r[0]));
    expect(table.regions.map((r) => r.page)).toEqual([36, 37]);
    const moved = table.cells.find((c) => c.text === '科目10')!;
    expect(moved).toMatchObject({ page: 37, row: 10, col: 0 });
    expect(moved.box.y0).toBe(100);
  });

  it('joins a continuation without a repeated header, after a "续表" caption', () => {
    const first = tablePage(5, 600, body(1, 9));
    const second = tablePage(6, 100, body(10, 2), { header: false, above: ['续表'] });
    const [table, ...rest] = detectTables([first, second]);
    expect(rest).toEqual([]);
    expect(table).toMatchObject({ pageStart: 5, pageEnd: 6, rowCount: 12 });
  });

  it('keeps tables apart when text stands between them or their columns differ', () => {
    const first = tablePage(5, 600, body(1, 9));
    const afterText = tablePage(6, 120, body(10, 2), { above: ['二、合并利润表'] });
    expect(detectTables([first, afterText])).toHaveLength(2);
    const textBelow = tablePage(5, 500, body(1, 5), { below: ['注:以上数据未经审计。'] });
    expect(detectTables([textBelow, tablePage(6, 80, body(10, 2))])).toHaveLength(2);
    const otherColumns = tablePage(6, 80, body(10, 2), { header: false, xs: [60, 200, 380, 540] });
    expect(detectTables([first, otherColumns])).toHaveLength(2);
  });

  it('maps a continuation whose rows merge columns onto the first part’s columns', () => {
    const first = tablePage(7, 600, body(1, 9));
    // The continuation is one row whose last cell spans the two amount columns.
    const ys = [80, 100];
    const second: PageGeometry = {
      page: 8,
      width: WIDTH,
      height: HEIGHT,
      runs: [run('引力传媒股份有限公司2025年半年度报告', 220, 30), run('8 / 161', 285, 800), run('说明', 64, 85), run('以上金额均为合并口径', 264, 85)],
      segments: gridRules([60, 260, 540], ys),
      rects: [],
      imageCoverage: 0,
    };
    const [table, ...rest] = detectTables([first, second]);
    expect(rest).toEqual([]);
    expect(table!.cells.find((c) => c.text === '以上金额均为合并口径')).toMatchObject({ row: 10, col: 1, colSpan: 2, page: 8 });
  });
});

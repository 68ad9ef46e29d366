import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GridTable, PageGeometry, PositionedText, Segment } from '../../shared/domain/extraction/types';
import { detectHeaderRows, detectRuledTables } from '../../shared/domain/tables';

// ---------------------------------------------------------------- builders

const SIZE = 9;

/** A run of text starting at (x, y) (top-left), glyphs one em wide (CJK) or half an em (others). */
function run(text: string, x: number, y: number, size = SIZE): PositionedText {
  const width = [...text].reduce((w, ch) => w + (/[\u2E80-\u9FFF\uFF00-\uFFEF]/u.test(ch) ? size : size / 2), 0);
  return { text, box: { x0: x, y0: y, x1: x + width, y1: y + size }, size };
}

/** Right-aligned run ending at x1. */
function runRight(text: string, x1: number, y: number): PositionedText {
  const r = run(text, 0, y);
  const width = r.box.x1 - r.box.x0;
  return { ...r, box: { ...r.box, x0: x1 - width, x1 } };
}

function h(y: number, x0: number, x1: number): Segment {
  return { x0, y0: y, x1, y1: y, orientation: 'h' };
}

function v(x: number, y0: number, y1: number): Segment {
  return { x0: x, y0, x1: x, y1, orientation: 'v' };
}

/** Every rule of a full grid, drawn edge to edge. */
function gridRules(xs: number[], ys: number[]): Segment[] {
  return [...ys.map((y) => h(y, xs[0]!, xs[xs.length - 1]!)), ...xs.map((x) => v(x, ys[0]!, ys[ys.length - 1]!))];
}

function page(runs: PositionedText[], segments: Segment[], number = 1): PageGeometry {
  return { page: number, width: 595, height: 842, runs, segments, rects: [], imageCoverage: 0 };
}

/** The table as rows of cell texts (top-left anchors; covered positions read "↑" / "←"). */
function texts(table: GridTable): string[][] {
  const grid = Array.from({ length: table.rowCount }, () => Array<string>(table.colCount).fill(''));
  for (const c of table.cells) {
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      for (let k = c.col; k < c.col + c.colSpan; k++) grid[r]![k] = r === c.row && k === c.col ? c.text : k > c.col ? '←' : '↑';
    }
  }
  return grid;
}

// ---------------------------------------------------------------- tests

const XS = [50, 200, 300, 400];
const YS = [100, 120, 140, 160];

function threeByThree(segments: Segment[]): PageGeometry {
  return page(
    [
      run('项目', 60, 105),
      run('本期', 210, 105),
      run('上期', 310, 105),
      run('营业收入', 60, 125),
      runRight('1,234.00', 295, 125),
      runRight('1,000.00', 395, 125),
      run('净利润', 60, 145),
      runRight('234.50', 295, 145),
      runRight('-12.00', 395, 145),
      run('正文里的一段话', 60, 200),
    ],
    segments,
  );
}

describe('detectRuledTables', () => {
  it('reads a 3×3 ruled grid: cells, texts, one header row', () => {
    const tables = detectRuledTables(threeByThree(gridRules(XS, YS)));
    expect(tables).toHaveLength(1);
    const [table] = tables as [GridTable];
    expect(table).toMatchObject({ rowCount: 3, colCount: 3, headerRows: 1, ruled: true, pageStart: 1, pageEnd: 1 });
    expect(texts(table)).toEqual([
      ['项目', '本期', '上期'],
      ['营业收入', '1,234.00', '1,000.00'],
      ['净利润', '234.50', '-12.00'],
    ]);
    expect(table.regions).toEqual([{ page: 1, box: { x0: 50, y0: 100, x1: 400, y1: 160 } }]);
    expect(table.cells.find((c) => c.text === '净利润')?.box).toEqual({ x0: 50, y0: 140, x1: 200, y1: 160 });
  });

  it('joins rules drawn cell by cell, with tiny gaps, overlaps and jitter', () => {
    const pieces: Segment[] = [];
    YS.forEach((y, i) => {
      for (let c = 0; c + 1 < XS.length; c++) pieces.push(h(y + (c % 2) * 0.4 - 0.2 * i, XS[c]! + 0.8, XS[c + 1]! - 0.7));
    });
    XS.forEach((x, i) => {
      for (let r = 0; r + 1 < YS.length; r++) pieces.push(v(x + (r % 2 ? 0.5 : -0.3) + 0.1 * i, YS[r]! - 0.6, YS[r + 1]! + 0.4));
    });
    const tables = detectRuledTables(threeByThree(pieces));
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!)).toEqual([
      ['项目', '本期', '上期'],
      ['营业收入', '1,234.00', '1,000.00'],
      ['净利润', '234.50', '-12.00'],
    ]);
  });

  it('finds merged header cells where inner rules are missing (rowspan and colspan)', () => {
    // Header: 项目 spans two rows; 2025年 spans two columns over 金额 | 比例.
    const segments = [
      h(100, 50, 400),
      h(120, 200, 400), // no rule under 项目: it spans rows 0–1
      h(140, 50, 400),
      h(160, 50, 400),
      v(50, 100, 160),
      v(200, 100, 160),
      v(300, 120, 160), // no rule inside 2025年: it spans columns 1–2
      v(400, 100, 160),
    ];
    const table = detectRuledTables(
      page(
        [
          run('项目', 60, 115),
          run('2025年', 230, 105),
          run('金额', 210, 125),
          run('比例', 310, 125),
          run('货币资金', 60, 145),
          runRight('100.00', 295, 145),
          runRight('12.5%', 395, 145),
        ],
        segments,
      ),
    )[0]!;
    expect(table).toMatchObject({ rowCount: 3, colCount: 3 });
    expect(texts(table)).toEqual([
      ['项目', '2025年', '←'],
      ['↑', '金额', '比例'],
      ['货币资金', '100.00', '12.5%'],
    ]);
    expect(table.cells.find((c) => c.text === '项目')).toMatchObject({ row: 0, col: 0, rowSpan: 2, colSpan: 1 });
    expect(table.cells.find((c) => c.text === '2025年')).toMatchObject({ row: 0, col: 1, rowSpan: 1, colSpan: 2 });
    expect(table.headerRows).toBe(2);
  });

  it('joins wrapped cell text without a space between CJK characters, with one between Latin words', () => {
    const table = detectRuledTables(
      page(
        [
          run('关联交易', 60, 103),
          run('类别', 60, 113),
          run('Infrastructure', 210, 103),
          run('as a Service', 210, 113),
          run('与 股 改 相 关', 60, 133),
          run('的承诺', 60, 143),
          runRight('1,234,5', 395, 123),
          runRight('67.00', 395, 133),
        ],
        gridRules([50, 200, 400], [100, 125, 160]),
      ),
    )[0]!;
    expect(texts(table)).toEqual([
      ['关联交易类别', 'Infrastructure as a Service'],
      ['与股改相关的承诺', '1,234,567.00'],
    ]);
  });

  it('splits a run that pdf.js merged across a cell border', () => {
    const merged = run('公司选定的信息披露报纸名称《上海证券报》', 55, 105);
    const table = detectRuledTables(
      page(
        [merged, run('网站地址', 55, 125), run('www.sse.com.cn', 178, 125)],
        gridRules([50, 175, 400], [100, 120, 140]),
      ),
    )[0]!;
    // 13 CJK glyphs of 9 pt end at 55 + 117 = 172, left of the border at 175.
    expect(texts(table)).toEqual([
      ['公司选定的信息披露报纸名称', '《上海证券报》'],
      ['网站地址', 'www.sse.com.cn'],
    ]);
  });

  it('ignores a box around a paragraph, a page border with a header rule, and a lone rule under a heading', () => {
    const paragraph = [run('重要提示:本公司董事会保证本报告内容的真实、准确、完整。', 60, 110), run('第二行文字在这里继续。', 60, 122)];
    const boxed = page(paragraph, gridRules([50, 545], [100, 140]));
    const bordered = page(paragraph, [...gridRules([20, 575], [20, 822]), h(60, 20, 575)]);
    const underlined = page([run('第八节 财务报告', 60, 40), ...paragraph], [h(55, 50, 545)]);
    expect(detectRuledTables(boxed)).toEqual([]);
    expect(detectRuledTables(bordered)).toEqual([]);
    expect(detectRuledTables(underlined)).toEqual([]);
  });

  it('reads a table ruled with horizontal rules only, its columns from white space', () => {
    const rules = [h(100, 50, 450), h(118, 50, 450), h(136, 50, 450), h(154, 50, 450)];
    const table = detectRuledTables(
      page(
        [
          run('年度', 60, 104),
          run('2018年', 220, 104),
          run('2019年', 370, 104),
          run('收入增长率', 60, 122),
          runRight('5.05%', 260, 122),
          runRight('11.20%', 420, 122),
          run('毛利率', 60, 140),
          runRight('40.95%', 260, 140),
          runRight('40.56%', 420, 140),
        ],
        rules,
      ),
    );
    expect(tables0(table)).toEqual([
      ['年度', '2018年', '2019年'],
      ['收入增长率', '5.05%', '11.20%'],
      ['毛利率', '40.95%', '40.56%'],
    ]);
  });

  it('splits the rule-less body of a three-line table into one row per text line', () => {
    // Top rule, rule under the header, bottom rule: the body rows have no rules between them.
    const rules = [h(100, 50, 450), h(118, 50, 450), h(160, 50, 450)];
    const table = detectRuledTables(
      page(
        [
          run('项目', 60, 104),
          run('本期', 240, 104),
          run('上期', 390, 104),
          run('营业收入', 60, 122),
          runRight('1,000.00', 270, 122),
          runRight('900.00', 420, 122),
          run('营业成本', 60, 134),
          runRight('800.00', 270, 134),
          runRight('700.00', 420, 134),
          run('毛利', 60, 146),
          runRight('200.00', 270, 146),
          runRight('200.00', 420, 146),
        ],
        rules,
      ),
    );
    expect(tables0(table)).toEqual([
      ['项目', '本期', '上期'],
      ['营业收入', '1,000.00', '900.00'],
      ['营业成本', '800.00', '700.00'],
      ['毛利', '200.00', '200.00'],
    ]);
  });
});

describe('detectRuledTables on random grids', () => {
  it('recovers every cell of a grid drawn cell by cell with jitter and small gaps', () => {
    const gaps = (min: number, count: { minLength: number; maxLength: number }) => fc.array(fc.integer({ min, max: min + 60 }), count);
    fc.assert(
      fc.property(
        gaps(40, { minLength: 2, maxLength: 8 }),
        gaps(16, { minLength: 2, maxLength: 12 }),
        fc.infiniteStream(fc.double({ min: -0.6, max: 0.6, noNaN: true })),
        (colWidths, rowHeights, noise) => {
          const jitter = (): number => noise.next().value as number;
          const xs = colWidths.reduce((acc, w) => [...acc, acc[acc.length - 1]! + w], [40]);
          const ys = rowHeights.reduce((acc, h) => [...acc, acc[acc.length - 1]! + h], [80]);
          const segments: Segment[] = [];
          ys.forEach((y) => xs.slice(1).forEach((x, c) => segments.push(h(y + jitter(), xs[c]! + Math.abs(jitter()), x - Math.abs(jitter())))));
          xs.forEach((x) => ys.slice(1).forEach((y, r) => segments.push(v(x + jitter(), ys[r]! + Math.abs(jitter()), y - Math.abs(jitter())))));
          const runs = rowHeights.flatMap((_, r) => colWidths.map((__, c) => run(`r${r}c${c}`, xs[c]! + 3, ys[r]! + 3, 8)));
          const tables = detectRuledTables(page(runs, segments));
          expect(tables).toHaveLength(1);
          expect(texts(tables[0]!)).toEqual(rowHeights.map((_, r) => colWidths.map((__, c) => `r${r}c${c}`)));
        },
      ),
      { numRuns: 150 },
    );
  });
});

function tables0(tables: GridTable[]): string[][] {
  expect(tables).toHaveLength(1);
  return texts(tables[0]!);
}

describe('detectHeaderRows', () => {
  const table = (rows: string[][]): Pick<GridTable, 'rowCount' | 'colCount' | 'cells'> => ({
    rowCount: rows.length,
    colCount: rows[0]!.length,
    cells: rows.flatMap((cells, row) => cells.map((text, col) => ({ row, col, rowSpan: 1, colSpan: 1, text, page: 1, box: { x0: 0, y0: 0, x1: 1, y1: 1 } }))),
  });

  it('counts leading label rows above the numbers', () => {
    expect(detectHeaderRows(table([['项目', '本期', '上期'], ['营业收入', '1.00', '2.00']]))).toBe(1);
    expect(detectHeaderRows(table([['', '2025年', ''], ['项目', '金额', '比例'], ['收入', '1.00', '5%']]))).toBe(2);
  });

  it('stops at a section label that spans the table', () => {
    const t = table([['项目', '附注', '期末'], ['流动资产:', '', ''], ['货币资金', '', '1.00']]);
    t.cells = t.cells.filter((c) => !(c.row === 1 && c.col > 0));
    t.cells.find((c) => c.row === 1)!.colSpan = 3;
    expect(detectHeaderRows(t)).toBe(1);
  });

  it('gives key–value lists a header only when the first row is two short labels', () => {
    expect(detectHeaderRows(table([['项目', '重要性标准'], ['重要的在建工程', '单项金额超过500万元']]))).toBe(1);
    expect(detectHeaderRows(table([['报告期末普通股股东总数', '27,699'], ['其中', '1']]))).toBe(0);
    expect(detectHeaderRows(table([['上述股东关联关系或一致行动的说明', '公司控股股东吕钢先生持有京新控股集团有限公司100%股权,为一致行动人。']]))).toBe(0);
  });
});

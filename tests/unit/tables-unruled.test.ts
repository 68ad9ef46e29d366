import { describe, expect, it } from 'vitest';
import type { GridTable, PageGeometry, PositionedText } from '../../shared/domain/extraction/types';
import { detectUnruledTables } from '../../shared/domain/tables';

const SIZE = 9;

function run(text: string, x: number, y: number, size = SIZE): PositionedText {
  const width = [...text].reduce((w, ch) => w + (/[\u2E80-\u9FFF\uFF00-\uFFEF]/u.test(ch) ? size : size / 2), 0);
  return { text, box: { x0: x, y0: y, x1: x + width, y1: y + size }, size };
}

function runRight(text: string, x1: number, y: number): PositionedText {
  const r = run(text, 0, y);
  return { ...r, box: { ...r.box, x0: x1 - (r.box.x1 - r.box.x0), x1 } };
}

function page(runs: PositionedText[]): PageGeometry {
  return { page: 3, width: 595, height: 842, runs, segments: [], rects: [], imageCoverage: 0 };
}

function texts(table: GridTable): string[][] {
  const grid = Array.from({ length: table.rowCount }, () => Array<string>(table.colCount).fill(''));
  for (const c of table.cells) grid[c.row]![c.col] = c.text;
  return grid;
}

/** A label column and two right-aligned amount columns under their headings. */
function statementRuns(top: number): PositionedText[] {
  const rows: [string, string, string][] = [
    ['营业收入', '4,542,325,610.74', '2,952,618,931.16'],
    ['营业成本', '4,427,534,480.58', '2,809,216,754.88'],
    ['销售费用', '57,299,551.58', '46,993,155.82'],
    ['管理费用', '39,791,802.58', '-'],
  ];
  return [
    run('项目', 80, top),
    run('本期发生额', 330, top),
    run('上期发生额', 450, top),
    ...rows.flatMap(([label, a, b], i) => [run(label, 80, top + 16 * (i + 1)), runRight(a, 380, top + 16 * (i + 1)), runRight(b, 500, top + 16 * (i + 1))]),
  ];
}

describe('detectUnruledTables', () => {
  it('finds a table of right-aligned amounts under column headings', () => {
    const prose = run('本公司及董事会全体成员保证信息披露的内容真实、准确、完整。', 80, 100);
    const tables = detectUnruledTables(page([prose, ...statementRuns(200)]), []);
    expect(tables).toHaveLength(1);
    const [table] = tables as [GridTable];
    expect(table).toMatchObject({ ruled: false, pageStart: 3, pageEnd: 3, rowCount: 5, colCount: 3, headerRows: 1 });
    expect(texts(table)).toEqual([
      ['项目', '本期发生额', '上期发生额'],
      ['营业收入', '4,542,325,610.74', '2,952,618,931.16'],
      ['营业成本', '4,427,534,480.58', '2,809,216,754.88'],
      ['销售费用', '57,299,551.58', '46,993,155.82'],
      ['管理费用', '39,791,802.58', '-'],
    ]);
  });

  it('leaves out regions already taken by ruled tables', () => {
    expect(detectUnruledTables(page(statementRuns(200)), [{ x0: 70, y0: 190, x1: 520, y1: 290 }])).toEqual([]);
  });

  it('does not read running text with numbers, list numbers or a table of contents as a table', () => {
    const prose = [
      run('截至2017年12月31日,该公司总资产3562.15万元,净资产1147.59万元,', 80, 100),
      run('资产负债率为67.78%,2017年度主营业务收入2598.2万元,净利润120.10万元。', 80, 116),
      run('报告期内公司实现营业收入4,542,325,610.74元,同比增长53.84%。', 80, 132),
    ];
    const contents = [
      [run('第一节 释义', 80, 300), run('......................', 160, 300), runRight('4', 500, 300)],
      [run('第二节 公司简介和主要财务指标', 80, 316), run('..........', 250, 316), runRight('5', 500, 316)],
      [run('第三节 管理层讨论与分析', 80, 332), run('..............', 220, 332), runRight('9', 500, 332)],
    ].flat();
    const numbered = [run('1', 80, 400), run('公司简介', 120, 400), run('2', 80, 416), run('财务指标', 120, 416), run('3', 80, 432), run('重要事项', 120, 432)];
    expect(detectUnruledTables(page([...prose, ...contents, ...numbered]), [])).toEqual([]);
  });

  it('needs three rows with amounts on one right edge', () => {
    const two = statementRuns(200).slice(0, 3 + 3 * 2);
    expect(detectUnruledTables(page(two), [])).toEqual([]);
  });
});

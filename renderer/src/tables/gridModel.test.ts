import { describe, expect, it } from 'vitest';
import type { CellRecord } from '../../../shared/api/contract';
import { buildGridModel, buildHeader, cellAt, type HeaderNode } from './gridModel';

let nextId = 1;
function cell(row: number, col: number, text: string, extra: Partial<CellRecord> = {}): CellRecord {
  const number = /^-?[\d,]+(\.\d+)?$/.test(text);
  return {
    id: nextId++,
    key: `t1/r${row}/c${col}`,
    reviewed: false,
    extractedText: text,
    row,
    col,
    rowSpan: 1,
    colSpan: 1,
    page: 1,
    box: { x0: col * 100, y0: row * 20, x1: col * 100 + 100, y1: row * 20 + 20 },
    text,
    isHeader: false,
    valueKind: text === '' ? 'empty' : number ? 'number' : 'text',
    value: number ? text.replace(/,/g, '') : null,
    precision: number ? (text.split('.')[1]?.length ?? 0) : null,
    ...extra,
  };
}
const header = (row: number, col: number, text: string, extra: Partial<CellRecord> = {}) =>
  cell(row, col, text, { isHeader: true, valueKind: 'text', value: null, precision: null, ...extra });

/** A compact picture of the header tree: "label[children]" or "label#col". */
function show(nodes: HeaderNode[]): string {
  return nodes
    .map((node) => (node.kind === 'leaf' ? `${node.label}#${node.col}` : `${node.label}[${show(node.children)}]`))
    .join(' ');
}

describe('buildHeader', () => {
  it('makes one leaf per column for a single header row', () => {
    const cells = [header(0, 0, '项目'), header(0, 1, '附注'), header(0, 2, '期末余额')];
    expect(show(buildHeader(cells, 1, 3))).toBe('项目#0 附注#1 期末余额#2');
  });

  it('groups columns under a header cell that spans them, and lets a tall cell be a leaf', () => {
    const cells = [
      header(0, 0, '项目', { rowSpan: 2 }),
      header(0, 1, '本期', { colSpan: 2 }),
      header(0, 3, '上期', { colSpan: 2 }),
      header(1, 1, '金额'),
      header(1, 2, '比例'),
      header(1, 3, '金额'),
      header(1, 4, '比例'),
    ];
    expect(show(buildHeader(cells, 2, 5))).toBe('项目#0 本期[金额#1 比例#2] 上期[金额#3 比例#4]');
  });

  it('does not make a group level out of an empty upper header cell', () => {
    const cells = [header(0, 0, ''), header(0, 1, '2025年'), header(1, 0, '项目'), header(1, 1, '')];
    expect(show(buildHeader(cells, 2, 2))).toBe('项目#0 2025年#1');
  });

  it('labels nothing when the table has no header rows', () => {
    expect(show(buildHeader([cell(0, 0, 'a')], 0, 2))).toBe('#0 #1');
  });
});

describe('buildGridModel', () => {
  const cells = [
    header(0, 0, '项目'),
    header(0, 1, '附注'),
    header(0, 2, '2025年6月30日'),
    cell(1, 0, '流动资产:'),
    cell(2, 0, '货币资金'),
    cell(2, 1, '七、1'),
    cell(2, 2, '129,793,280.55'),
    cell(3, 0, '合计', { colSpan: 2 }),
    cell(3, 2, '1.00'),
  ];
  const model = buildGridModel(cells, { headerRows: 1, rowCount: 4, colCount: 3 });

  it('has one row per body row, keyed by table row', () => {
    expect(model.rows.map((row) => row.row)).toEqual([1, 2, 3]);
  });

  it('pins the leading columns without numbers', () => {
    expect(model.labelColumns).toBe(2);
    expect([...model.numericColumns]).toEqual([2]);
  });

  it('locates every body cell by id', () => {
    const money = cells[6]!;
    expect(model.positions.get(money.id)).toEqual({ rowIndex: 1, col: 2 });
  });

  it('shows a merged cell at its top-left and points covered positions at it', () => {
    const total = cells[7]!;
    const row = model.rows[2]!;
    expect(row.cells[0]).toBe(total);
    expect(row.cells[1]).toBeUndefined();
    expect(cellAt(row, 1)).toBe(total);
  });

  it('keeps a notes column pinned when a stray number was printed into it', () => {
    const notes = [
      header(0, 0, '项目'),
      header(0, 1, '附注'),
      header(0, 2, '期末'),
      ...Array.from({ length: 6 }, (_, index) => [cell(index + 1, 0, `项目${index}`), cell(index + 1, 1, `七、${index}`), cell(index + 1, 2, '1.00')]).flat(),
      cell(7, 0, '合计'),
      cell(7, 1, '239,573,286.87'),
    ];
    expect(buildGridModel(notes, { headerRows: 1, rowCount: 8, colCount: 3 }).labelColumns).toBe(2);
  });

  it('never pins every column', () => {
    const onlyText = buildGridModel([header(0, 0, 'a'), cell(1, 0, 'x')], { headerRows: 1, rowCount: 2, colCount: 1 });
    expect(onlyText.labelColumns).toBe(0);
  });
});

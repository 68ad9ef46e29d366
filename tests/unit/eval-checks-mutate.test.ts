import { describe, expect, it } from 'vitest';
import {
  applyMutation,
  changeDigit,
  checkableCells,
  classifyDetection,
  dropCandidates,
  mulberry32,
  planMutations,
  readInCleanRows,
  swapCandidates,
  type CheckRead,
  type Mutation,
  type PlanTable,
} from '../../scripts/eval-checks/mutate';

const rows = [
  ['项目', '期末余额', '期初余额'],
  ['货币资金', '1,200.50', '1,000.00'],
  ['应收账款', '300.25', '(200.00)'],
  ['存货', '99.25', '50.00'],
  ['合计', '1,600.00', '850.00'],
];

function footing(col: number, status: CheckRead['status'] = 'pass'): CheckRead {
  const cells = [4, 1, 2, 3].map((row) => ({ row, col }));
  return { rule: 'footing.total', family: 'footing', status, anchor: cells[0]!, cells, difference: '0', tolerance: '0.015' };
}

const table: PlanTable = { id: 'T#0', rows, headerRows: 1, reads: [footing(1), footing(2)] };

describe('mulberry32', () => {
  it('gives the same sequence for a seed, a different one for another', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('changeDigit', () => {
  it('changes exactly one digit and keeps separators, decimals, sign and width', () => {
    const random = mulberry32(1);
    for (const text of ['1,234,567.89', '(2,000.00)', '-35.5%', '7', '0.04']) {
      for (let i = 0; i < 50; i += 1) {
        const changed = changeDigit(text, random)!;
        expect(changed).toHaveLength(text.length);
        expect(changed.replace(/\d/gu, '9')).toBe(text.replace(/\d/gu, '9'));
        expect([...changed].filter((ch, k) => ch !== text[k])).toHaveLength(1);
      }
    }
  });

  it('never turns the leading digit into 0', () => {
    const random = mulberry32(3);
    for (let i = 0; i < 200; i += 1) expect(changeDigit('9', random)).toMatch(/^[1-8]$/u);
  });

  it('has nothing to change in a cell without digits', () => {
    expect(changeDigit('-', mulberry32(1))).toBeNull();
  });
});

describe('candidates', () => {
  it('takes checkable cells from passing checks only', () => {
    expect(checkableCells(table)).toHaveLength(8);
    expect(checkableCells({ ...table, reads: [footing(1, 'fail')] })).toHaveLength(0);
  });

  it('swaps only where some check sees it: with the total, never two addends of one sum', () => {
    const pairs = swapCandidates(table);
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.every(([a, b]) => a.col === b.col && (a.row === 4 || b.row === 4))).toBe(true);
  });

  it('drops detail rows that feed a total over two rows or more', () => {
    expect(dropCandidates(table)).toEqual([
      { row: 1, feeds: [4] },
      { row: 2, feeds: [4] },
      { row: 3, feeds: [4] },
    ]);
    const oneRow: PlanTable = { ...table, reads: [{ ...footing(1), cells: [{ row: 4, col: 1 }, { row: 3, col: 1 }] }] };
    expect(dropCandidates(oneRow)).toEqual([]);
  });
});

describe('applyMutation', () => {
  it('digit: replaces one cell', () => {
    const m: Mutation = { kind: 'digit', table: 'T#0', cell: { row: 2, col: 1 }, before: '300.25', after: '360.25' };
    const out = applyMutation(rows, m);
    expect(out[2]![1]).toBe('360.25');
    expect(out.flat().filter((cell, i) => cell !== rows.flat()[i])).toHaveLength(1);
  });

  it('swap: exchanges two cells and changes nothing else', () => {
    const m: Mutation = { kind: 'swap', table: 'T#0', cells: [{ row: 1, col: 2 }, { row: 4, col: 2 }], texts: ['1,000.00', '850.00'] };
    const out = applyMutation(rows, m);
    expect([out[1]![2], out[4]![2]]).toEqual(['850.00', '1,000.00']);
    expect(out.flat().filter((cell, i) => cell !== rows.flat()[i])).toHaveLength(2);
  });

  it('drop: removes one row, leaves the input untouched', () => {
    const m: Mutation = { kind: 'drop', table: 'T#0', row: 2, feeds: [4] };
    const out = applyMutation(rows, m);
    expect(out).toHaveLength(rows.length - 1);
    expect(out.map((r) => r[0])).toEqual(['项目', '货币资金', '存货', '合计']);
    expect(rows).toHaveLength(5);
  });
});

describe('planMutations', () => {
  it('is deterministic for a seed and plans distinct mutations of every kind', () => {
    const counts = { digit: 6, swap: 3, drop: 2 };
    const a = planMutations([table], 42, counts);
    expect(planMutations([table], 42, counts)).toEqual(a);
    expect(planMutations([table], 43, counts)).not.toEqual(a);
    expect(a.filter((m) => m.kind === 'swap')).toHaveLength(3);
    expect(a.filter((m) => m.kind === 'drop')).toHaveLength(2);
    expect(new Set(a.map((m) => JSON.stringify(m))).size).toBe(a.length);
  });
});

describe('classifyDetection', () => {
  const drop: Mutation = { kind: 'drop', table: 'T#0', row: 2, feeds: [4] };

  it('counts a new failure on the total a dropped row fed, in clean rows', () => {
    // In the mutated table the total moved up to row 3.
    const mutated: CheckRead = { ...footing(1, 'fail'), anchor: { row: 3, col: 1 }, cells: [{ row: 3, col: 1 }, { row: 1, col: 1 }, { row: 2, col: 1 }] };
    const detection = classifyDetection(drop, table.reads, [readInCleanRows(drop, mutated)]);
    expect(detection).toMatchObject({ detected: true, families: ['footing'] });
  });

  it('does not count a check that already failed on the clean table', () => {
    const digit: Mutation = { kind: 'digit', table: 'T#0', cell: { row: 1, col: 1 }, before: '1,200.50', after: '1,201.50' };
    const clean = [footing(1, 'fail')];
    const detection = classifyDetection(digit, clean, [footing(1, 'fail')]);
    expect(detection.detected).toBe(false);
    expect(detection.reason).toMatch(/clean table/u);
  });

  it('says when the change stayed within the rounding tolerance', () => {
    const digit: Mutation = { kind: 'digit', table: 'T#0', cell: { row: 1, col: 1 }, before: '1,200.50', after: '1,200.51' };
    const detection = classifyDetection(digit, table.reads, [{ ...footing(1, 'rounding'), difference: '0.01' }]);
    expect(detection.detected).toBe(false);
    expect(detection.reason).toMatch(/rounding/u);
  });
});

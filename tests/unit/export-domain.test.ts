import { describe, expect, it } from 'vitest';
import type { AuditEntry, CellRecord, CorrectionRecord, UserRecord } from '../../shared/api/contract';
import { cellLabels } from '../../shared/domain/export/cell-labels';
import { exportedValue, summarizeCorrections } from '../../shared/domain/export/corrections-at-key';
import { DATASETS } from '../../shared/domain/export/datasets';
import { filingBaseName, numberFormatFor, uniqueSheetName } from '../../shared/domain/export/naming';
import { printedInContext } from '../../shared/domain/export/printed';
import { signOffOf } from '../../shared/domain/export/sign-off';
import { toExcelNumber } from '../../electron/core/export/xlsx';
import { csvText } from '../../electron/core/export/csv';

const cell = (row: number, col: number, text: string, extra: Partial<CellRecord> = {}): CellRecord => ({
  id: row * 10 + col,
  key: `t1/r${row}/c${col}`,
  reviewed: false,
  extractedText: text,
  row,
  col,
  rowSpan: 1,
  colSpan: 1,
  page: 1,
  box: { x0: 0, y0: 0, x1: 1, y1: 1 },
  text,
  isHeader: false,
  valueKind: /^[\d,.-]+$/.test(text) ? 'number' : text ? 'text' : 'empty',
  value: null,
  precision: null,
  ...extra,
});

const correction = (id: number, status: CorrectionRecord['status'], extra: Partial<CorrectionRecord> = {}): CorrectionRecord => ({
  id,
  documentId: 1,
  targetKey: 't1/r1/c1',
  field: 'value',
  oldValue: '1.00',
  newValue: '2.00',
  extractedValue: '1.00',
  page: 1,
  box: { x0: 0, y0: 0, x1: 1, y1: 1 },
  label: '',
  reason: 'r',
  status,
  proposedBy: 'rita',
  proposedAt: `2025-01-0${id}T00:00:00.000Z`,
  decidedBy: status === 'pending' ? null : 'sam',
  decidedAt: status === 'pending' ? null : `2025-01-0${id}T01:00:00.000Z`,
  decisionComment: null,
  stale: false,
  ...extra,
});

describe('export datasets', () => {
  it('name every column once per language, and key only columns they have', () => {
    for (const ds of DATASETS) {
      for (const lang of ['zh', 'en'] as const) expect(new Set(ds.columns.map((c) => c[lang])).size, `${ds.name} ${lang}`).toBe(ds.columns.length);
      const keys = new Set(ds.columns.map((c) => c.key));
      for (const key of [...ds.primaryKey, ...ds.foreignKeys.flatMap((fk) => fk.fields)]) expect(keys.has(key), `${ds.name}.${key}`).toBe(true);
    }
  });
});

describe('cell labels', () => {
  it('are the row\'s label cell and the headers above, merged headers included', () => {
    const cells = [
      cell(0, 0, '项目', { isHeader: true, rowSpan: 2 }),
      cell(0, 1, '2025年', { isHeader: true, colSpan: 2 }),
      cell(1, 1, '期末', { isHeader: true }),
      cell(1, 2, '期初', { isHeader: true }),
      cell(2, 0, '货币资金'),
      cell(2, 1, '1,000.00'),
      cell(2, 2, '900.00'),
    ];
    const labels = cellLabels(cells);
    expect(labels.get(22)).toEqual({ row: '货币资金', column: '2025年 / 期初' });
    expect(labels.get(20)).toEqual({ row: '', column: '项目' });
  });
});

describe('corrections at a key', () => {
  it('say pending before approved, and keep the latest approval', () => {
    const summary = summarizeCorrections([correction(1, 'approved'), correction(2, 'approved', { newValue: '3.00' }), correction(3, 'pending', { newValue: '4.00' })]);
    expect(summary).toMatchObject({ state: 'pending', pendingAny: true });
    expect(summary.approved?.id).toBe(2);
    expect(summary.pendingValue?.newValue).toBe('4.00');
    expect(summarizeCorrections([correction(1, 'rejected')]).state).toBe('rejected');
    expect(summarizeCorrections(undefined).state).toBe('none');
  });

  it('export the reviewed value, or with all values the pending proposal', () => {
    expect(exportedValue('3.00', true, '4.00', 'approved')).toEqual({ value: '3.00', source: 'approved' });
    expect(exportedValue('3.00', false, '4.00', 'all')).toEqual({ value: '4.00', source: 'pending' });
    expect(exportedValue('3.00', false, null, 'all')).toEqual({ value: '3.00', source: 'extracted' });
  });
});

describe('sign-off', () => {
  const users = [{ username: 'rita', displayName: '李复核' }, { username: 'sam', displayName: '王主管' }] as UserRecord[];
  const entry = (id: number, action: string, actor: string): AuditEntry => ({ id, at: `2025-07-0${id}T08:00:00.000Z`, actor, action, entity: 'filing', entityId: '1', documentId: 1, targetKey: null, oldValue: null, newValue: null, reason: null, hash: '' });
  const history = [entry(4, 'approve', 'sam'), entry(3, 'submit', 'rita'), entry(2, 'return', 'sam'), entry(1, 'submit', 'rita')];

  it('names the reviewer of the latest submission and the supervisor who approved it, with dates', () => {
    expect(signOffOf('approved', history, users)).toEqual({
      reviewer: { username: 'rita', displayName: '李复核', at: '2025-07-03T08:00:00.000Z' },
      supervisor: { username: 'sam', displayName: '王主管', at: '2025-07-04T08:00:00.000Z' },
    });
  });

  it('has no standing sign-off once a filing is back in review', () => {
    expect(signOffOf('submitted', history.slice(1), users)).toMatchObject({ reviewer: { username: 'rita' }, supervisor: null });
    expect(signOffOf('in_review', history, users)).toEqual({ reviewer: null, supervisor: null });
  });
});

describe('names and numbers at the file boundary', () => {
  it('name filings safely and uniquely', () => {
    expect(filingBaseName({ securityCode: '688316', shortName: '青云 科技/A', sha256: 'e50f386a2c'.padEnd(64, '0') })).toBe('688316_青云_科技_A_e50f386a');
    expect(filingBaseName({ securityCode: null, shortName: null, sha256: 'ab'.repeat(32) })).toBe('abababab');
  });

  it('keep sheet names within Excel\'s 31 characters, without its forbidden characters, unique', () => {
    const taken = new Set<string>();
    const long = 'T12 合并资产负债表（续）[单位：元]/调整后的期末余额与期初余额';
    const first = uniqueSheetName(long, taken);
    expect([...first].length).toBeLessThanOrEqual(31);
    expect(first).not.toMatch(/[[\]:*?/\\]/);
    expect(uniqueSheetName(long, taken)).toMatch(/ \(2\)$/);
  });

  it('format numbers with their printed decimals, and keep digits a double cannot hold as text', () => {
    expect(numberFormatFor('-1234.50')).toBe('#,##0.00');
    expect(numberFormatFor('42')).toBe('#,##0');
    expect(toExcelNumber('-41403305.22')).toBe(-41403305.22);
    expect(toExcelNumber('12345678901234567.89')).toBeNull();
    expect(toExcelNumber('abc')).toBeNull();
  });

  it('write CSV fields as Table Schema reads them', () => {
    expect([csvText(null), csvText(true), csvText(false), csvText('0.10'), csvText(3)]).toEqual(['', 'true', 'false', '0.10', '3']);
  });
});

describe('a narrative figure as printed', () => {
  it('is found again in its context, nearest where its span sits', () => {
    const context = '报告期内公司实现营业收入1,001.12万元，同比下降30.56%，主要由于市场竞争加剧导致的产品售价下降和销量减少所致。';
    expect(printedInContext(context, 8, '1001.12')).toBe('1,001.12');
    expect(printedInContext(context, 6, '30.56')).toBe('30.56%');
    expect(printedInContext(context, 5, '99.99')).toBeNull();
  });
});

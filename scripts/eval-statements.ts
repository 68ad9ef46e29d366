/**
 * The honest test of extraction on real filings: published statements tie, so the
 * consolidated balance sheet and income statement extracted from the real PDFs must
 * be found, classified, and recompute (footing and identities). Every row that does not
 * is listed with what was compared, for a person to judge the cause.
 *
 * `node --import tsx scripts/eval-statements.ts` (after `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FigureRecord, TableKind, TableSummary } from '../shared/api/contract';
import { footTable } from '../shared/domain/checks/footing';
import { footingRows } from '../shared/domain/checks/table-rows';
import { tieSum, type Operand } from '../shared/domain/checks/tie';
import { openCore, type Core } from '../electron/core/core';
import { resolveStoreLocation } from '../electron/core/paths';

const root = path.resolve(import.meta.dirname, '..');
const FILINGS = [
  path.join(root, 'tests', 'fixtures', 'real', '002020-q1-2018.pdf'),
  [path.join(root, '..', 'shared', 'realpdfs', '603598_引力传媒_2025年半年度报告.pdf'), path.join(root, 'tests', 'fixtures', 'real', '603598-half-year-2025.pdf')].find((f) => fs.existsSync(f)),
].filter((f): f is string => Boolean(f && fs.existsSync(f)));

type Identity = { name: string; total: string; parts: [string, 1 | -1][] };
const IDENTITIES: Record<'balance_sheet' | 'income_statement', Identity[]> = {
  balance_sheet: [
    { name: '资产总计 = 负债合计 + 所有者权益合计', total: '资产总计', parts: [['负债合计', 1], ['所有者权益合计', 1]] },
    { name: '资产总计 = 流动资产合计 + 非流动资产合计', total: '资产总计', parts: [['流动资产合计', 1], ['非流动资产合计', 1]] },
    { name: '负债合计 = 流动负债合计 + 非流动负债合计', total: '负债合计', parts: [['流动负债合计', 1], ['非流动负债合计', 1]] },
    { name: '负债和所有者权益总计 = 资产总计', total: '负债和所有者权益总计', parts: [['资产总计', 1]] },
  ],
  income_statement: [
    { name: '利润总额 = 营业利润 + 营业外收入 − 营业外支出', total: '利润总额', parts: [['营业利润', 1], ['营业外收入', 1], ['营业外支出', -1]] },
    { name: '净利润 = 利润总额 − 所得税费用', total: '净利润', parts: [['利润总额', 1], ['所得税费用', -1]] },
    { name: '净利润 = 归属于母公司所有者的净利润 + 少数股东损益', total: '净利润', parts: [['归属于母公司所有者的净利润', 1], ['少数股东损益', 1]] },
  ],
};

function findStatement(tables: readonly TableSummary[], kind: TableKind): TableSummary | undefined {
  const ofKind = tables.filter((t) => t.kind === kind);
  return ofKind.find((t) => /合并/.test(t.title ?? '')) ?? ofKind.find((t) => !/母公司/.test(t.title ?? '')) ?? ofKind[0];
}

function checkIdentities(figures: readonly FigureRecord[], identities: readonly Identity[]): string[] {
  const lines: string[] = [];
  const columns = [...new Set(figures.map((f) => f.cellCol).filter((c): c is number => c !== null))];
  for (const identity of identities) {
    for (const column of columns) {
      const at = (canonical: string): Operand | undefined => {
        const figure = figures.find((f) => f.canonical === canonical && f.cellCol === column && !f.percent);
        return figure && { value: figure.value, precision: figure.precision };
      };
      const total = at(identity.total);
      const parts = identity.parts.map(([name, sign]) => ({ name, sign, operand: at(name) }));
      if (!total) continue;
      const present = parts.filter((p) => p.operand);
      if (present.length < parts.length && present.length === 0) continue;
      const missing = parts.filter((p) => !p.operand).map((p) => p.name);
      if (missing.length > 0) {
        lines.push(`    ? ${identity.name} [col ${column}]: cannot evaluate, not found: ${missing.join(', ')}`);
        continue;
      }
      const result = tieSum(present.map((p) => ({ ...p.operand!, sign: p.sign })), total);
      lines.push(`    ${result.status === 'fail' ? '✗' : result.status === 'rounding' ? '≈' : '✓'} ${identity.name} [col ${column}]: expected ${result.expected}, printed ${result.actual}, difference ${result.difference}`);
    }
  }
  return lines;
}

async function evaluate(core: Core, documentId: number, file: string): Promise<{ failures: number; checks: number }> {
  const { tables } = await core.call('listTables', { ref: String(documentId) });
  console.log(`\n${path.basename(file)}: ${tables.length} tables`);
  let failures = 0;
  let checks = 0;
  for (const kind of ['balance_sheet', 'income_statement'] as const) {
    const table = findStatement(tables, kind);
    if (!table) {
      console.log(`  ${kind}: NOT FOUND`);
      failures++;
      continue;
    }
    const { cells } = await core.call('getTable', { tableId: table.id });
    const { figures } = await core.call('listFigures', { ref: String(documentId), tableId: table.id });
    console.log(`  ${kind}: table #${table.seq + 1} "${table.title ?? ''}" pp. ${table.pageStart}–${table.pageEnd}, ${table.rowCount}×${table.colCount}, unit ${table.unit ?? '—'}, ${figures.length} figures`);
    const rows = footingRows(cells, figures, table.headerRows);
    const valueColumns = [...new Set(figures.filter((f) => !f.percent).map((f) => f.cellCol!))].sort((a, b) => a - b);
    const footing = footTable(rows, valueColumns);
    const label = (row: number): string => rows.find((r) => r.row === row)?.label ?? `row ${row}`;
    const failed = footing.filter((r) => r.tie.status === 'fail');
    console.log(`    footing: ${footing.length} totals checked, ${footing.filter((r) => r.tie.status === 'pass').length} tie, ${footing.filter((r) => r.tie.status === 'rounding').length} rounding, ${failed.length} fail`);
    for (const f of failed) {
      console.log(`    ✗ ${label(f.totalRow)} [col ${f.column}] printed ${f.tie.actual}, rows sum to ${f.tie.expected} (difference ${f.tie.difference}); addends: ${f.addendRows.map(label).join(' + ')}`);
    }
    const identities = checkIdentities(figures, IDENTITIES[kind]);
    identities.forEach((l) => console.log(l));
    checks += footing.length + identities.length;
    failures += failed.length + identities.filter((l) => l.includes('✗')).length;
  }
  return { failures, checks };
}

async function main(): Promise<void> {
  const store = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-eval-statements-'));
  const cli = path.join(root, 'dist', 'cli', 'gouji.mjs');
  const imported = spawnSync(process.execPath, [cli, '--db', store, '--json', 'import', ...FILINGS], { encoding: 'utf8' });
  if (imported.status !== 0) throw new Error(`import failed: ${imported.stderr}${imported.stdout.slice(0, 2000)}`);
  const core = openCore({ location: resolveStoreLocation(store) });
  let failures = 0;
  let checks = 0;
  const { documents } = await core.call('listDocuments', {});
  for (const file of FILINGS) {
    const doc = documents.find((d) => d.fileName === path.basename(file));
    if (!doc) continue;
    const result = await evaluate(core, doc.id, file);
    failures += result.failures;
    checks += result.checks;
  }
  await core.close();
  console.log(`\n${checks} checks, ${failures} failures`);
  process.exitCode = failures > 0 ? 1 : 0;
}

await main();

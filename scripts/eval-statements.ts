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
import type { CheckResultRecord, TableKind, TableSummary } from '../shared/api/contract';
import { openCore, type Core } from '../electron/core/core';
import { resolveStoreLocation } from '../electron/core/paths';

const root = path.resolve(import.meta.dirname, '..');
const FILINGS = [
  path.join(root, 'tests', 'fixtures', 'real', '002020-q1-2018.pdf'),
  [path.join(root, '..', 'shared', 'realpdfs', '603598_引力传媒_2025年半年度报告.pdf'), path.join(root, 'tests', 'fixtures', 'real', '603598-half-year-2025.pdf')].find((f) => fs.existsSync(f)),
].filter((f): f is string => Boolean(f && fs.existsSync(f)));

const MARK: Record<CheckResultRecord['status'], string> = { pass: '✓', rounding: '≈', fail: '✗', cannot_evaluate: '?' };

function findStatement(tables: readonly TableSummary[], kind: TableKind): TableSummary | undefined {
  const ofKind = tables.filter((t) => t.kind === kind);
  return ofKind.find((t) => /合并/.test(t.title ?? '')) ?? ofKind.find((t) => !/母公司/.test(t.title ?? '')) ?? ofKind[0];
}

/** The footing and identity results of the consolidated balance sheet and income statement: the app's own checks. */
async function evaluate(core: Core, documentId: number, file: string): Promise<{ failures: number; checks: number }> {
  const ref = String(documentId);
  const { tables } = await core.call('listTables', { ref });
  const { results } = await core.call('listCheckResults', { ref });
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
    const { figures } = await core.call('listFigures', { ref, tableId: table.id });
    console.log(`  ${kind}: table #${table.seq + 1} "${table.title ?? ''}" pp. ${table.pageStart}–${table.pageEnd}, ${table.rowCount}×${table.colCount}, unit ${table.unit ?? '—'}, ${figures.length} figures`);
    const own = results.filter((r) => (r.family === 'footing' || r.family === 'identity') && r.key.split(':')[2] === String(table.id));
    const count = (status: CheckResultRecord['status']): number => own.filter((r) => r.status === status).length;
    console.log(`    ${own.length} checks: ${count('pass')} tie, ${count('rounding')} rounding, ${count('fail')} fail, ${count('cannot_evaluate')} cannot evaluate`);
    for (const r of own.filter((x) => x.family === 'identity' || x.status !== 'pass')) {
      const numbers = r.status === 'cannot_evaluate' ? (r.reason?.en ?? '') : `expected ${r.expected}, printed ${r.actual}, difference ${r.difference}`;
      console.log(`    ${MARK[r.status]} ${r.description.zh}: ${numbers}`);
    }
    checks += own.length;
    failures += count('fail');
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

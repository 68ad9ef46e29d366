import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../electron/cli/gouji';
import { openDatabase } from '../../electron/core/store/database';
import { fixture, REPO_ROOT, tempDir } from '../helpers';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('gouji CLI', () => {
  it('imports fixtures and lists them with code, short name and type (--json)', async () => {
    const db = tempDir();
    const imported = await cli(['--db', db, '--json', 'import', '--no-extract', fixture('seed-000.pdf'), fixture('seed-001.pdf')]);
    expect(imported.code).toBe(EXIT.ok);
    expect(JSON.parse(imported.out).summary).toEqual({ imported: 2, duplicate: 0, failed: 0 });
    const listed = await cli(['--db', db, '--json', 'list']);
    const { documents } = JSON.parse(listed.out) as { documents: Record<string, unknown>[] };
    expect(documents.map((d) => [d.securityCode, d.shortName, d.documentType]).sort()).toEqual([
      ['688316', '青云科技', 'half_year_report'],
      ['834045', '清众科技', 'related_party_announcement'],
    ]);
    expect(Object.keys(documents[0]!)).toEqual(['id', 'sha256', 'fileName', 'bytes', 'pages', 'producer', 'hasTextLayer', 'documentType', 'title', 'securityCode', 'shortName', 'company', 'reportPeriod', 'disclosureDate', 'importedAt', 'importedBy', 'reviewStatus', 'extractionStatus', 'extractedAt', 'extractionError', 'checks', 'pendingCorrections', 'openAnnotations']);
  });

  it('walks folders, reports each bad file, goes on, and exits 1', async () => {
    const db = tempDir();
    const result = await cli(['--db', db, 'import', '--no-extract', fixture('bad'), fixture('seed-002.pdf'), '/no/such/file.pdf']);
    expect(result.code).toBe(EXIT.someFailed);
    expect(result.out).toMatch(/imported .*seed-002\.pdf/);
    for (const code of ['EMPTY_FILE', 'NOT_PDF', 'TRUNCATED', 'ENCRYPTED', 'CORRUPT']) expect(result.out).toContain(code);
    expect(result.err).toContain('/no/such/file.pdf');
    const again = await cli(['--db', db, 'import', '--no-extract', fixture('seed-002.pdf')]);
    expect(again.code).toBe(EXIT.ok);
    expect(again.out).toMatch(/duplicate +already stored as #1/);
  });

  it('shows a filing by id or sha256, and exits 3 for an unknown one, 2 for bad usage', async () => {
    const db = tempDir();
    await cli(['--db', db, 'import', '--no-extract', fixture('seed-000.pdf')]);
    const byId = await cli(['--db', db, '--json', 'show', '1']);
    const doc = JSON.parse(byId.out) as { sha256: string };
    const bySha = await cli(['--db', db, 'show', doc.sha256]);
    expect(bySha.code).toBe(EXIT.ok);
    expect(bySha.out).toMatch(/security code +834045/);
    expect((await cli(['--db', db, 'show', '77'])).code).toBe(EXIT.notFound);
    expect((await cli(['--db', db, 'show', 'not a ref!'])).code).toBe(EXIT.usage);
    expect((await cli(['--db', db, 'frobnicate'])).code).toBe(EXIT.usage);
  });

  it('extracts on import and prints the tables as grids with title, pages, unit and parsed values', async () => {
    const db = tempDir();
    const imported = await cli(['--db', db, 'import', fixture('seed-000.pdf')]);
    expect(imported.code).toBe(EXIT.ok);
    expect(imported.out).toMatch(/extracted +1 tables, \d+ cells, \d+ figures/);
    const human = await cli(['--db', db, 'show', '1', '--tables']);
    expect(human.out).toMatch(/#1 预计情况 +\[related party; p\. 1; unit: 元/);
    expect(human.out).toMatch(/合计 .* 90250000\.00 +26601220\.05/);
    const json = JSON.parse((await cli(['--db', db, '--json', 'show', '1', '--tables'])).out) as { tables: { table: { unit: string }; cells: { text: string; value: string | null; valueKind: string }[] }[] };
    expect(json.tables[0]!.table.unit).toBe('元');
    expect(json.tables[0]!.cells.find((c) => c.text === '90,250,000.00')).toMatchObject({ valueKind: 'number', value: '90250000.00' });
    const again = await cli(['--db', db, '--json', 'extract', '1']);
    expect(again.code).toBe(EXIT.ok);
    expect(JSON.parse(again.out).results[0]).toMatchObject({ status: 'done', counts: { tables: 1 } });
  });

  it('checks a filing: exit 0 when everything ties, 1 with the finding when a total does not', async () => {
    const db = tempDir();
    await cli(['--db', db, 'import', fixture('seed-000.pdf')]);
    const clean = await cli(['--db', db, '--json', 'check', '1']);
    expect(clean.code).toBe(EXIT.ok);
    const report = JSON.parse(clean.out).reports[0];
    expect(report.summary.fail).toBe(0);
    expect(report.results.find((r: { rule: string }) => r.rule === 'footing.total')).toMatchObject({ status: 'pass', actual: '90250000.00' });
    // A misprint in the store's copy of the 50,000,000.00 row: the 合计 no longer ties.
    const store = openDatabase(path.join(db, 'gouji.db'));
    store.prepare("UPDATE figures SET value = '50000001.00' WHERE value = '50000000.00' AND source = 'table'").run();
    store.close();
    const broken = await cli(['--db', db, 'check', '1']);
    expect(broken.code).toBe(EXIT.someFailed);
    expect(broken.out).toMatch(/✗ footing +合计/);
    expect(broken.out).toMatch(/expected 90,250,001\.00, printed 90,250,000\.00/);
  });

  it('runs as the installed binary with GOUJI_HOME', async () => {
    const home = tempDir();
    const bin = path.join(REPO_ROOT, 'bin', 'gouji.mjs');
    expect(fs.existsSync(path.join(REPO_ROOT, 'dist', 'cli', 'gouji.mjs'))).toBe(true);
    const run = promisify(execFile);
    await run(process.execPath, [bin, 'import', fixture('seed-000.pdf')], { env: { ...process.env, GOUJI_HOME: home } });
    const { stdout } = await run(process.execPath, [bin, 'list', '--json'], { env: { ...process.env, GOUJI_HOME: home } });
    expect(JSON.parse(stdout).documents[0].securityCode).toBe('834045');
    expect(fs.existsSync(path.join(home, 'gouji.db'))).toBe(true);
    await expect(run(process.execPath, [bin, 'show', '5'], { env: { ...process.env, GOUJI_HOME: home } })).rejects.toMatchObject({ code: EXIT.notFound });
  });
});

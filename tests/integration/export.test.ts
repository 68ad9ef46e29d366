/**
 * Exports read back and compared with the store: CSV through csv-parse, XLSX through
 * exceljs, the data package against the official Frictionless schemas; writes that fail
 * halfway leave nothing at a final name; `gouji export` end to end; and the findings
 * report of the half-year fixture rendered to pictures (test-results/) for a person to see.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { createCanvas } from '@napi-rs/canvas';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportOptionsInput, ExportStatus, FigureRecord } from '../../shared/api/contract';
import { dataset } from '../../shared/domain/export/datasets';
import { EXIT, runCli } from '../../electron/cli/gouji';
import type { Core } from '../../electron/core/core';
import { isTemporaryName, openAtomic } from '../../electron/core/export/atomic';
import { openPdf } from '../../electron/core/ingest/pdfjs-node';
import { newDoorSession, type DoorSession } from '../../electron/core/review/sessions';
import { FileStore } from '../../electron/core/store/files';
import { CHROMIUM, CHROMIUM_ARGS, SHOTS } from '../e2e/harness';
import { fixture, readFixture, tempCore, tempDir } from '../helpers';

const SLOW = 600_000;
let core: Core;
let half: string; // seed-001: the 152-page half-year report
let small: string; // seed-000: a related-party announcement
const admin = newDoorSession();
const reviewer = newDoorSession();
const supervisor = newDoorSession();
let approvedFigure: FigureRecord;
let pendingFigure: FigureRecord;
const APPROVED_VALUE = '123456.78';
const PENDING_VALUE = '999.5';

async function exportNow(input: ExportOptionsInput, door: DoorSession = reviewer): Promise<ExportStatus> {
  let status = await core.dispatch('startExport', input, door);
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = await core.dispatch('getExportStatus', { jobId: status.jobId }, door);
  }
  if (status.state !== 'done') throw new Error(`export failed: ${status.error}`);
  return status;
}

const csvRows = (folder: string, name: string): Record<string, string>[] =>
  parse(fs.readFileSync(path.join(folder, name)), { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];

/** A dataset's Chinese header of a row field. */
const zh = (name: Parameters<typeof dataset>[0], key: string): string => dataset(name).columns.find((c) => c.key === key)!.zh;

beforeAll(async () => {
  core = tempCore('exporter');
  for (const name of ['seed-001.pdf', 'seed-000.pdf']) {
    const outcome = await core.call('importFile', { fileName: name, data: readFixture(name) });
    if (outcome.status !== 'imported') throw new Error(`could not import ${name}`);
    await core.call('extractDocument', { ref: String(outcome.document.id), wait: true });
  }
  const docs = (await core.call('listDocuments', {})).documents;
  half = String(docs.find((d) => d.fileName === 'seed-001.pdf')!.id);
  small = String(docs.find((d) => d.fileName === 'seed-000.pdf')!.id);

  // Maker-checker as in doors.test.ts: a reviewer proposes, a supervisor approves one and leaves one pending.
  await core.dispatch('setupAdmin', { username: 'admin', displayName: '管理员', password: 'admin-password' }, admin);
  await core.dispatch('createUser', { username: 'rita', displayName: '李复核', role: 'reviewer', password: 'reviewer-pass' }, admin);
  await core.dispatch('createUser', { username: 'sam', displayName: '王主管', role: 'supervisor', password: 'supervisor-pass' }, admin);
  await core.dispatch('signIn', { username: 'rita', password: 'reviewer-pass' }, reviewer);
  await core.dispatch('signIn', { username: 'sam', password: 'supervisor-pass' }, supervisor);
  const { results } = await core.call('listCheckResults', { ref: half });
  const checked = new Set(results.flatMap((r) => r.figureIds));
  const figures = (await core.call('listFigures', { ref: half, source: 'table' })).figures.filter((f) => checked.has(f.id) && f.precision === 2);
  [approvedFigure, pendingFigure] = [figures[0]!, figures[1]!];
  const approved = await core.dispatch('proposeCorrection', { ref: half, targetKey: approvedFigure.key, field: 'value', newValue: APPROVED_VALUE, reason: 'misread' }, reviewer);
  await core.dispatch('proposeCorrection', { ref: half, targetKey: pendingFigure.key, field: 'value', newValue: PENDING_VALUE, reason: 'misread too' }, reviewer);
  await core.dispatch('decideCorrections', { ids: [approved.id], decision: 'approve' }, supervisor);
  await core.dispatch('addAnnotation', { ref: half, anchor: { kind: 'figure', page: pendingFigure.page, rects: [pendingFigure.box], targetKey: pendingFigure.key }, comment: '与附注不一致，需问询', tags: ['需问询'] }, reviewer);
}, SLOW);

afterAll(async () => {
  await core?.close();
});

describe('CSV datasets read back', () => {
  let folder: string;
  beforeAll(async () => {
    folder = (await exportNow({ scope: { kind: 'documents', refs: [half] }, formats: ['csv'], lang: 'zh' })).folder;
  }, SLOW);

  it('are UTF-8 with a byte-order mark and CRLF line ends', () => {
    const bytes = fs.readFileSync(path.join(folder, 'figures.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes('\r\n')).toBe(true);
  });

  it('hold every reviewed figure with its provenance, approved corrections applied and pending ones only flagged', async () => {
    const rows = csvRows(folder, 'figures.csv');
    const store = (await core.call('listFigures', { ref: half })).figures;
    expect(rows).toHaveLength(store.length);
    const byId = new Map(rows.map((r) => [Number(r[zh('figures', 'figureId')]), r]));
    for (const figure of store) {
      const row = byId.get(figure.id)!;
      expect(row[zh('figures', 'value')]).toBe(figure.value);
      expect(row[zh('figures', 'extractedValue')]).toBe(figure.extractedValue);
      expect(Number(row[zh('figures', 'page')])).toBe(figure.page);
      expect(Number(row[zh('figures', 'x0')])).toBeCloseTo(figure.box.x0, 1);
      expect(row[zh('figures', 'unit')]).toBe(figure.unit ?? '');
      expect(Number(row[zh('figures', 'precision')])).toBe(figure.precision);
    }
    const doc = await core.call('getDocument', { ref: half });
    const approved = byId.get(approvedFigure.id)!;
    expect(approved).toMatchObject({
      [zh('figures', 'filingSha256')]: doc.sha256,
      [zh('figures', 'value')]: APPROVED_VALUE,
      [zh('figures', 'reviewedValue')]: APPROVED_VALUE,
      [zh('figures', 'extractedValue')]: approvedFigure.extractedValue,
      [zh('figures', 'valueSource')]: 'approved',
      [zh('figures', 'correctionStatus')]: 'approved',
      [zh('figures', 'correctedBy')]: 'rita',
      [zh('figures', 'approvedBy')]: 'sam',
    });
    expect(approved[zh('figures', 'approvedAt')]).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(approved[zh('figures', 'rowLabel')]).toBe(approvedFigure.rowPath.join(' / ') || approvedFigure.metric);
    expect(approved[zh('figures', 'checkIds')]).not.toBe('');
    const pending = byId.get(pendingFigure.id)!;
    expect(pending).toMatchObject({
      [zh('figures', 'value')]: pendingFigure.value,
      [zh('figures', 'proposedValue')]: PENDING_VALUE,
      [zh('figures', 'valueSource')]: 'extracted',
      [zh('figures', 'pendingCorrection')]: 'true',
      [zh('figures', 'correctionStatus')]: 'pending',
    });
  });

  it('link checks to the figures they read, as check_result_figures does', async () => {
    const { results } = await core.call('listCheckResults', { ref: half });
    const links = csvRows(folder, 'check_figures.csv');
    const stored = results.flatMap((r) => r.figureIds.map((figureId, position) => `${r.id}:${position}:${figureId}`)).sort();
    expect(links.map((l) => `${l[zh('check_figures', 'checkId')]}:${l[zh('check_figures', 'position')]}:${l[zh('check_figures', 'figureId')]}`).sort()).toEqual(stored);
    const checks = csvRows(folder, 'checks.csv');
    expect(checks.filter((c) => c[zh('checks', 'status')] === 'fail')).toHaveLength(results.filter((r) => r.status === 'fail').length);
  });

  it('carry the cells of every table with row and column labels, and the corrections and annotations', async () => {
    const cells = csvRows(folder, 'cells.csv');
    const { tables } = await core.call('listTables', { ref: half });
    const first = await core.call('getTable', { tableId: tables[0]!.id });
    expect(cells.filter((c) => Number(c[zh('cells', 'tableId')]) === tables[0]!.id)).toHaveLength(first.cells.length);
    const labelled = cells.find((c) => c[zh('cells', 'key')] === approvedFigure.key)!;
    expect(labelled).toMatchObject({ [zh('cells', 'value')]: APPROVED_VALUE, [zh('cells', 'valueSource')]: 'approved', [zh('cells', 'approvedBy')]: 'sam' });
    expect(cells.find((c) => c[zh('cells', 'key')] === pendingFigure.key)).toMatchObject({ [zh('cells', 'value')]: pendingFigure.value, [zh('cells', 'pendingCorrection')]: 'true' });
    expect(labelled[zh('cells', 'printedText')]).not.toBe('');
    expect(labelled[zh('cells', 'columnLabel')]).not.toBe('');
    expect(csvRows(folder, 'corrections.csv').map((c) => c[zh('corrections', 'status')]).sort()).toEqual(['approved', 'pending']);
    expect(csvRows(folder, 'annotations.csv')[0]).toMatchObject({ [zh('annotations', 'comment')]: '与附注不一致，需问询', [zh('annotations', 'author')]: 'rita' });
  });

  it('with --values all, export the pending proposal as the value, marked pending', async () => {
    const all = await exportNow({ scope: { kind: 'documents', refs: [half] }, formats: ['csv'], lang: 'en', values: 'all', annotations: false });
    expect(fs.existsSync(path.join(all.folder, 'annotations.csv'))).toBe(false);
    const en = (key: string) => dataset('figures').columns.find((c) => c.key === key)!.en;
    const pending = csvRows(all.folder, 'figures.csv').find((r) => Number(r[en('figureId')]) === pendingFigure.id)!;
    expect(pending).toMatchObject({ [en('value')]: PENDING_VALUE, [en('reviewedValue')]: pendingFigure.value, [en('valueSource')]: 'pending' });
    const cellHeader = (key: string) => dataset('cells').columns.find((c) => c.key === key)!.en;
    const pendingCell = csvRows(all.folder, 'cells.csv').find((r) => r[cellHeader('key')] === pendingFigure.key)!;
    expect(pendingCell).toMatchObject({ [cellHeader('value')]: PENDING_VALUE, [cellHeader('valueSource')]: 'pending' });
  }, SLOW);
});

describe('the XLSX workbook read back with exceljs', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const status = await exportNow({ scope: { kind: 'documents', refs: [half] }, formats: ['xlsx'], lang: 'zh' });
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(status.folder, status.files[0]!.name));
  }, SLOW);

  it('has the Figures, Checks, Corrections and Annotations sheets, numbers stored as numbers in the printed format', async () => {
    expect(workbook.worksheets.slice(0, 4).map((s) => s.name)).toEqual(['数据点', '勾稽', '更正', '批注']);
    const sheet = workbook.getWorksheet('数据点')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (key: string) => headers.indexOf(zh('figures', key)) + 1;
    const rows = new Map<number, ExcelJS.Row>();
    sheet.eachRow((row, n) => n > 1 && rows.set(Number(row.getCell(column('figureId')).value), row));
    const store = (await core.call('listFigures', { ref: half })).figures;
    expect(rows.size).toBe(store.length);
    const approved = rows.get(approvedFigure.id)!;
    expect(approved.getCell(column('value')).value).toBe(Number(APPROVED_VALUE));
    expect(approved.getCell(column('value')).numFmt).toBe('#,##0.00');
    expect(approved.getCell(column('extractedValue')).value).toBe(Number(approvedFigure.extractedValue));
    expect(approved.getCell(column('approvedBy')).value).toBe('sam');
    expect(rows.get(pendingFigure.id)!.getCell(column('value')).value).toBe(Number(pendingFigure.value));
    expect(rows.get(pendingFigure.id)!.getCell(column('pendingCorrection')).value).toBe(true);
  });

  it('has one sheet per table in its shape, merged cells merged and amounts in their printed precision', async () => {
    const { tables } = await core.call('listTables', { ref: half });
    expect(workbook.worksheets).toHaveLength(4 + tables.length);
    const merged = (await Promise.all(tables.map((t) => core.call('getTable', { tableId: t.id })))).find(({ cells }) => cells.some((c) => c.rowSpan > 1 || c.colSpan > 1));
    const target = merged ?? (await core.call('getTable', { tableId: tables[0]!.id }));
    const sheet = workbook.worksheets.find((s) => s.name.startsWith(`T${target.table.seq} `) || s.name === `T${target.table.seq}`)!;
    const GRID_TOP = 4;
    for (const cell of target.cells) {
      const xl = sheet.getCell(cell.row + GRID_TOP, cell.col + 1);
      if (cell.valueKind === 'number') {
        expect(xl.value).toBe(Number(cell.value));
        expect(xl.numFmt).toBe(cell.precision ? `#,##0.${'0'.repeat(cell.precision)}` : '#,##0');
      } else if (cell.text !== '') expect(String(xl.value)).toBe(cell.text);
      if (cell.rowSpan > 1 || cell.colSpan > 1) expect(sheet.getCell(cell.row + GRID_TOP + cell.rowSpan - 1, cell.col + cell.colSpan).isMerged).toBe(true);
    }
  });
});

describe('datapackage.json', () => {
  let folder: string;
  let descriptor: { resources: { name: string; path: string; bytes: number; schema: { fields: { name: string }[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] } }[] };
  beforeAll(async () => {
    folder = (await exportNow({ scope: { kind: 'documents', refs: [half, small] }, formats: ['datapackage'], lang: 'en' })).folder;
    descriptor = JSON.parse(fs.readFileSync(path.join(folder, 'datapackage.json'), 'utf8'));
  }, SLOW);

  it('validates against the Tabular Data Package (v1) and Data Package (v2) JSON Schemas', () => {
    // The profiles use a "textarea" format of their own (a UI hint); every standard format is checked.
    const withFormats = <T extends Ajv | AjvDraft04>(ajv: T): T => addFormats(ajv as Ajv).addFormat('textarea', true) as unknown as T;
    const schema = (file: string): object => JSON.parse(fs.readFileSync(fixture('frictionless', file), 'utf8'));
    const v1 = withFormats(new AjvDraft04({ allErrors: true, strict: false })).compile(schema('tabular-data-package-1.0.json'));
    expect(v1(descriptor), JSON.stringify(v1.errors)).toBe(true);
    const v2 = withFormats(new Ajv({ allErrors: true, strict: false })).compile(schema('datapackage-2.0.json'));
    expect(v2(descriptor), JSON.stringify(v2.errors)).toBe(true);
  });

  it('describes each CSV file exactly: its header row, size, primary key values unique, foreign keys resolving', () => {
    const files = new Map(descriptor.resources.map((r) => [r.name, csvRows(folder, r.path)]));
    for (const resource of descriptor.resources) {
      const text = fs.readFileSync(path.join(folder, resource.path));
      expect(resource.bytes).toBe(text.length);
      const rows = files.get(resource.name)!;
      const header = parse(text, { bom: true, to_line: 1 })[0] as string[];
      expect(header).toEqual(resource.schema.fields.map((f) => f.name));
      const keys = rows.map((r) => resource.schema.primaryKey.map((k) => r[k]).join('|'));
      expect(new Set(keys).size).toBe(rows.length);
      for (const fk of resource.schema.foreignKeys ?? []) {
        const targets = new Set(files.get(fk.reference.resource)!.map((r) => fk.reference.fields.map((f) => r[f]).join('|')));
        const dangling = rows.filter((r) => fk.fields.every((f) => r[f] !== '') && !targets.has(fk.fields.map((f) => r[f]).join('|')));
        expect(dangling, `${resource.name} → ${fk.reference.resource}`).toEqual([]);
      }
    }
    expect(files.get('filings')).toHaveLength(2);
  });
});

describe('atomic writes', () => {
  it('a write that fails halfway leaves neither the file nor its temporary', async () => {
    const dir = tempDir();
    const file = await openAtomic(dir, 'half.csv');
    file.stream.write('a,b\r\n1,2\r\n');
    await file.abort();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('an export that fails mid-way keeps the files it finished whole and writes nothing partial', async () => {
    const store = tempCore('failing');
    try {
      const first = await store.call('importFile', { fileName: 'seed-000.pdf', data: readFixture('seed-000.pdf') });
      if (first.status === 'imported') await store.call('extractDocument', { ref: String(first.document.id), wait: true });
      // Not extracted: an annotation needs only its page.
      await store.call('importFile', { fileName: 'restatement.pdf', data: readFixture('real', '002020-restatement.pdf') });
      const docs = (await store.call('listDocuments', {})).documents.sort((a, b) => a.id - b.id);
      // The second filing has an open annotation to picture, but its PDF has vanished from the store.
      const door = newDoorSession();
      await store.dispatch('setupAdmin', { username: 'admin', displayName: 'Admin', password: 'admin-password' }, door);
      await store.dispatch('addAnnotation', { ref: String(docs[1]!.id), anchor: { kind: 'region', page: 1, rects: [{ x0: 50, y0: 50, x1: 200, y1: 80 }] }, comment: '核对', tags: [] }, door);
      fs.rmSync(new FileStore(store.location.filesDir).pathFor(docs[1]!.sha256));
      let status = await store.call('startExport', { scope: { kind: 'documents', refs: docs.map((d) => String(d.id)) }, formats: ['csv', 'xlsx', 'report'], reportFormat: 'html' });
      while (status.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = await store.call('getExportStatus', { jobId: status.jobId });
      }
      expect(status.state).toBe('failed');
      expect(status.error).toMatch(/PDF of filing \d+ is missing/);
      const left = fs.readdirSync(status.folder);
      expect(left.filter(isTemporaryName)).toEqual([]);
      expect(left.filter((n) => n.endsWith('.csv'))).toEqual([]);
      expect(left.sort()).toEqual(status.files.map((f) => f.name).sort());
      const finished = left.find((n) => n.endsWith('.xlsx'))!;
      await new ExcelJS.Workbook().xlsx.readFile(path.join(status.folder, finished));
    } finally {
      await store.close();
    }
  }, SLOW);
});

describe('the findings report of the half-year fixture', () => {
  let status: ExportStatus;
  beforeAll(async () => {
    // Submitted by the reviewer: the report carries her sign-off; the supervisor's is still to come.
    await core.dispatch('changeFilingStatus', { ref: half, action: 'submit' }, reviewer);
    status = await exportNow({ scope: { kind: 'documents', refs: [half] }, formats: ['report'], reportFormat: 'both', lang: 'zh' });
  }, SLOW);

  it('shows each failed check and open annotation with a picture of its place, the counts and the sign-off (HTML → PNG with Chromium)', async () => {
    const html = status.files.find((f) => f.name.endsWith('.findings.html'))!;
    const text = fs.readFileSync(path.join(status.folder, html.name), 'utf8');
    const { summary } = await core.call('listCheckResults', { ref: half });
    expect(text.match(/data-finding="check-/g)).toHaveLength(summary.fail);
    expect(text.match(/data-finding="annotation-/g)).toHaveLength(1);
    expect(text).toContain('与附注不一致，需问询');
    expect(text).toMatch(/data-role="reviewer"><div>复核人<\/div><div class="who">李复核 <small>\(rita\)<\/small><\/div><div>提交于 \d{4}-/);
    expect(text).toMatch(/data-role="supervisor"><div>审批人<\/div><div class="who">尚未签核/);
    expect((text.match(/<img src="data:image\/png;base64,/g) ?? []).length).toBeGreaterThanOrEqual(summary.fail);
    expect(text).toContain('@media print');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 860, height: 1200 }, deviceScaleFactor: 1.5 });
      await page.goto(`file://${path.join(status.folder, html.name)}`);
      const firstSnippet = page.locator('figure img').first();
      await firstSnippet.waitFor();
      expect(await firstSnippet.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(400);
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, 'export-report-html.png') });
    } finally {
      await browser.close();
    }
  });

  it('is a PDF in a Chinese font whose first page shows the first findings with their pictures (PDF → PNG)', async () => {
    const pdf = status.files.find((f) => f.name.endsWith('.findings.pdf'))!;
    const task = openPdf(new Uint8Array(fs.readFileSync(path.join(status.folder, pdf.name))));
    try {
      const doc = await task.promise;
      expect(doc.numPages).toBeGreaterThan(1);
      const page = await doc.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      expect(text).toContain('勾稽发现报告');
      const viewport = page.getViewport({ scale: 1.5 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
      fs.mkdirSync(SHOTS, { recursive: true });
      fs.writeFileSync(path.join(SHOTS, 'export-report-pdf-page1.png'), await canvas.encode('png'));
      const images = (await page.getOperatorList()).fnArray.filter((op) => op === OPS.paintImageXObject).length;
      expect(images).toBeGreaterThan(0);
    } finally {
      await task.destroy();
    }
  });
});

describe('gouji export', () => {
  it('writes the chosen formats into --out, and refuses a call without filings or --status', async () => {
    const home = core.location.home;
    const out = tempDir();
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), progress: () => {} };
    const code = await runCli(['--db', home, '--json', 'export', '--format', 'csv,json', '--format', 'datapackage', '--out', out, '--lang', 'en', '--values', 'all', half], io);
    expect(code, lines.join('\n')).toBe(EXIT.ok);
    const result = JSON.parse(lines.join('\n')) as { files: { name: string; path: string }[] };
    expect(fs.readdirSync(out).sort()).toEqual(result.files.map((f) => f.name).sort());
    expect(result.files.map((f) => f.name)).toContain('datapackage.json');
    const json = JSON.parse(fs.readFileSync(result.files.find((f) => f.name.endsWith('.json') && f.name !== 'datapackage.json')!.path, 'utf8'));
    expect(Object.keys(json)).toEqual(['format', 'version', 'generator', 'generatedAt', 'options', 'filing', 'signOff', 'tables', 'figures', 'checks', 'corrections', 'annotations']);
    expect(json.figures.find((f: { figureId: number }) => f.figureId === pendingFigure.id)).toMatchObject({ value: PENDING_VALUE, valueSource: 'pending' });
    expect(await runCli(['--db', home, 'export', '--format', 'csv', '--out', out], io)).toBe(EXIT.usage);
    expect(await runCli(['--db', home, 'export', '--format', 'pdf', '--out', out, half], io)).toBe(EXIT.usage);
    const byStatus = tempDir();
    expect(await runCli(['--db', home, 'export', '--format', 'csv', '--status', 'submitted', '--out', byStatus], io)).toBe(EXIT.ok);
    expect(csvRows(byStatus, 'filings.csv').map((r) => r[zh('filings', 'filingId')])).toEqual([half]);
    expect(await runCli(['--db', home, 'export', '--format', 'csv', '--status', 'approved', '--out', byStatus], io)).toBe(EXIT.notFound);
  }, SLOW);
});

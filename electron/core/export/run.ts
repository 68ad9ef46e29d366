/**
 * One export, filing after filing: the batch's CSV datasets fill as each filing is read,
 * its workbook, JSON and findings report are written beside them, and datapackage.json
 * comes last, describing the finished CSV files. Every file is written atomically; a
 * failure leaves the files already finished and nothing half-written.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentSummary, ExportFile, ExportOptions } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/contract';
import { DATASETS, type Dataset } from '../../../shared/domain/export/datasets';
import { filingFindings } from '../../../shared/domain/export/findings';
import { filingBaseName } from '../../../shared/domain/export/naming';
import { annotationRows, cellRows, checkFigureRows, checkRows, correctionRows, figureRows, filingRow, tableRows } from '../../../shared/domain/export/rows';
import type { FilingBundle } from '../../../shared/domain/export/bundle';
import type { FileStore } from '../store/files';
import { writeFileAtomic } from './atomic';
import { CsvDatasets } from './csv';
import { dataPackage, type WrittenFile } from './datapackage';
import { filingJson } from './json';
import { loadBundle, type BundleSources } from './load-bundle';
import { availableCjkFonts, MISSING_FONT_MESSAGE } from './report/fonts';
import { batchIndexHtml, reportHtml } from './report/html';
import type { IllustratedFindings, ReportMeta } from './report/model';
import { reportPdf } from './report/pdf';
import { SnippetRenderer } from './report/snippets';
import { workbookFor } from './xlsx';

export interface ExportContext extends BundleSources {
  files: FileStore;
}

export interface ExportProgress {
  filingsDone: number;
  filingsTotal: number;
  filesDone: number;
  filesTotal: number;
  current: { id: number; label: string } | null;
  files: ExportFile[];
}

export const DATAPACKAGE_FILE = 'datapackage.json';
export const BATCH_INDEX_FILE = 'findings-index.html';

export class ExportCancelled extends Error {
  constructor() {
    super('the export was cancelled');
    this.name = 'ExportCancelled';
  }
}

/** What the options ask for, spelled out. */
export function plan(options: ExportOptions, filings: number) {
  const has = (format: ExportOptions['formats'][number]): boolean => options.formats.includes(format);
  const report = has('report');
  const datasets: Dataset[] = DATASETS.filter((d) => options.annotations || d.name !== 'annotations');
  const p = {
    datasets: has('csv') || has('datapackage') ? datasets : [],
    datapackage: has('datapackage'),
    xlsx: has('xlsx'),
    json: has('json'),
    html: report && options.reportFormat !== 'pdf',
    pdf: report && options.reportFormat !== 'html',
    batchIndex: false,
  };
  p.batchIndex = p.html && filings > 1;
  const perFiling = [p.xlsx, p.json, p.html, p.pdf].filter(Boolean).length;
  return { ...p, filesTotal: p.datasets.length + (p.datapackage ? 1 : 0) + filings * perFiling + (p.batchIndex ? 1 : 0) };
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function writeDatasetRows(csv: CsvDatasets, b: FilingBundle, options: ExportOptions): Promise<void> {
  const figures = figureRows(b, options);
  await csv.write('filings', [filingRow(b)]);
  await csv.write('tables', tableRows(b));
  await csv.write('cells', cellRows(b, options));
  await csv.write('figures', figures);
  await csv.write('checks', checkRows(b, options));
  await csv.write('check_figures', checkFigureRows(b, new Set(figures.map((f) => Number(f.figureId)))));
  await csv.write('corrections', correctionRows(b));
  if (options.annotations) await csv.write('annotations', annotationRows(b));
}

async function illustrate(snippets: SnippetRenderer, ctx: ExportContext, b: FilingBundle, options: ExportOptions): Promise<IllustratedFindings> {
  const findings = filingFindings(b, options.lang, options.annotations);
  const places = findings.findings.flatMap((f) => f.places);
  if (places.length > 0 && !ctx.files.has(b.filing.sha256)) throw new ApiError('NOT_FOUND', `the PDF of filing ${b.filing.id} is missing from the store, so its report cannot show where its findings are`);
  const images = places.length ? await snippets.render(ctx.files.read(b.filing.sha256), places) : [];
  let next = 0;
  return { ...findings, snippets: findings.findings.map((f) => f.places.map(() => images[next++] ?? null)) };
}

export async function runExport(
  ctx: ExportContext,
  docs: readonly DocumentSummary[],
  options: ExportOptions,
  dir: string,
  onProgress: (progress: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<ExportFile[]> {
  const what = plan(options, docs.length);
  if (what.pdf && availableCjkFonts().length === 0) throw new ApiError('NOT_FOUND', MISSING_FONT_MESSAGE);
  const generatedAt = new Date().toISOString();
  const meta: ReportMeta = { lang: options.lang, values: options.values, generatedAt };
  const progress: ExportProgress = { filingsDone: 0, filingsTotal: docs.length, filesDone: 0, filesTotal: what.filesTotal, current: null, files: [] };
  const written = (name: string, bytes: number): void => {
    progress.files.push({ name, bytes });
    progress.filesDone++;
    onProgress(progress);
  };
  const write = async (name: string, data: Uint8Array | string): Promise<void> => written(name, await writeFileAtomic(dir, name, data));

  await fs.promises.mkdir(dir, { recursive: true });
  const csv = what.datasets.length ? await CsvDatasets.create(dir, what.datasets, options.lang) : null;
  const snippets = what.html || what.pdf ? new SnippetRenderer() : null;
  const reports: { findings: IllustratedFindings; file: string }[] = [];
  try {
    for (const doc of docs) {
      if (signal?.aborted) throw new ExportCancelled();
      const base = filingBaseName(doc);
      progress.current = { id: doc.id, label: [doc.securityCode, doc.shortName].filter(Boolean).join(' ') || doc.fileName };
      onProgress(progress);
      const bundle = loadBundle(ctx, doc, options.annotations);
      if (csv) await writeDatasetRows(csv, bundle, options);
      if (what.xlsx) await write(`${base}.xlsx`, await workbookFor(bundle, options));
      if (what.json) await write(`${base}.json`, filingJson(bundle, options, generatedAt));
      if (snippets) {
        const findings = await illustrate(snippets, ctx, bundle, options);
        if (what.html) await write(`${base}.findings.html`, reportHtml(findings, meta));
        if (what.pdf) await write(`${base}.findings.pdf`, await reportPdf(findings, meta));
        reports.push({ findings: { ...findings, snippets: [] }, file: `${base}.findings.html` });
      }
      progress.filingsDone++;
      onProgress(progress);
    }
    progress.current = null;
    const csvFiles = new Map<string, WrittenFile>();
    await csv?.commit((name, bytes) => {
      csvFiles.set(name, { bytes, sha256: '' });
      written(name, bytes);
    });
    if (what.datapackage) {
      for (const [name, file] of csvFiles) file.sha256 = await sha256Of(path.join(dir, name));
      await write(DATAPACKAGE_FILE, dataPackage(what.datasets, csvFiles, options.lang, generatedAt));
    }
    if (what.batchIndex) await write(BATCH_INDEX_FILE, batchIndexHtml(reports, meta));
    return progress.files;
  } catch (error) {
    await csv?.abort();
    throw error;
  } finally {
    await snippets?.close();
  }
}

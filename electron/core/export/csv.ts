/**
 * The CSV datasets of an export: one file per dataset for the whole batch (rows carry
 * their filing's sha256), UTF-8 with a byte-order mark so Excel reads the Chinese, quoted
 * as RFC 4180 says (csv-stringify), CRLF line ends. Rows stream in filing after filing; the
 * files appear at their names only when every filing is written.
 */
import { stringify, type Stringifier } from 'csv-stringify';
import type { ExportLanguage } from '../../../shared/api/contract';
import { datasetFile, type Dataset } from '../../../shared/domain/export/datasets';
import type { Row, Scalar } from '../../../shared/domain/export/rows';
import { openAtomic, type AtomicFile } from './atomic';

/** Text for a CSV field: empty for null, true/false for booleans (what Table Schema reads), decimals as stored. */
export function csvText(value: Scalar): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

interface OpenDataset {
  dataset: Dataset;
  file: AtomicFile;
  csv: Stringifier;
}

export class CsvDatasets {
  private constructor(private readonly open: OpenDataset[]) {}

  static async create(dir: string, datasets: readonly Dataset[], lang: ExportLanguage): Promise<CsvDatasets> {
    const open: OpenDataset[] = [];
    try {
      for (const dataset of datasets) {
        const file = await openAtomic(dir, datasetFile(dataset.name));
        const csv = stringify({ bom: true, header: true, record_delimiter: 'windows', columns: dataset.columns.map((c) => ({ key: c.key, header: c[lang] })) });
        csv.pipe(file.stream, { end: false });
        open.push({ dataset, file, csv });
      }
    } catch (error) {
      await Promise.all(open.map((o) => o.file.abort()));
      throw error;
    }
    return new CsvDatasets(open);
  }

  /** Write rows, waiting when the disk falls behind. */
  async write(name: Dataset['name'], rows: readonly Row[]): Promise<void> {
    const target = this.open.find((o) => o.dataset.name === name);
    if (!target) return;
    for (const row of rows) {
      const record = Object.fromEntries(target.dataset.columns.map((c) => [c.key, csvText(row[c.key] ?? null)]));
      if (!target.csv.write(record)) await new Promise<void>((resolve) => target.csv.once('drain', resolve));
    }
  }

  /** Finish every file and move each into place, telling each name and size. */
  async commit(onFile: (name: string, bytes: number) => void): Promise<void> {
    for (const { csv, file } of this.open) {
      await new Promise<void>((resolve, reject) => {
        csv.once('error', reject);
        csv.once('end', resolve);
        csv.end();
      });
      onFile(file.name, await file.commit());
    }
  }

  async abort(): Promise<void> {
    await Promise.all(this.open.map((o) => o.file.abort()));
  }
}

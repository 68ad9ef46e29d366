/**
 * datapackage.json: a Frictionless (Tabular) Data Package describing the CSV datasets:
 * each file's fields with their types, its primary key and the foreign keys between files,
 * and its size and sha256. Field names are the CSV headers (Chinese or English); each
 * field's title is the other language and its description the stable JSON key.
 */
import type { ExportLanguage } from '../../../shared/api/contract';
import { datasetFile, headerOf, type Dataset } from '../../../shared/domain/export/datasets';
import { APP_VERSION } from '../version';

export interface WrittenFile {
  bytes: number;
  sha256: string;
}

const other = (lang: ExportLanguage): ExportLanguage => (lang === 'zh' ? 'en' : 'zh');

function foreignKeysOf(ds: Dataset, included: ReadonlyMap<string, Dataset>, lang: ExportLanguage) {
  const keys = ds.foreignKeys.flatMap((fk) => {
    const target = included.get(fk.resource);
    if (!target) return [];
    return [{ fields: fk.fields.map((key) => headerOf(ds, key, lang)), reference: { resource: fk.resource, fields: fk.reference.map((key) => headerOf(target, key, lang)) } }];
  });
  return keys.length > 0 ? { foreignKeys: keys } : {};
}

function schemaOf(ds: Dataset, included: ReadonlyMap<string, Dataset>, lang: ExportLanguage) {
  return {
    fields: ds.columns.map((c) => ({
      name: c[lang],
      title: c[other(lang)],
      description: c.key,
      type: c.type,
      ...(c.type === 'datetime' ? { format: 'any' } : {}),
    })),
    primaryKey: ds.primaryKey.map((key) => headerOf(ds, key, lang)),
    // A key into a dataset left out of the export (annotations off) is left out with it; an empty list is left out (the schema wants one or more).
    ...foreignKeysOf(ds, included, lang),
    missingValues: [''],
  };
}

export function dataPackage(datasets: readonly Dataset[], files: ReadonlyMap<string, WrittenFile>, lang: ExportLanguage, created: string): string {
  const included = new Map(datasets.map((d) => [d.name, d]));
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'gouji-reviewed-filings',
    title: lang === 'zh' ? '勾稽复核数据' : 'Gouji reviewed filings',
    description:
      lang === 'zh'
        ? '从证券披露文件中提取并经复核的表格、数据点、勾稽结果、更正与批注；金额为按原文精度书写的十进制数。'
        : 'Tables, figures, check results, corrections and annotations extracted from securities filings and reviewed; amounts are decimals written with their printed precision.',
    created,
    contributors: [{ title: `Gouji ${APP_VERSION}`, role: 'author' }],
    resources: datasets.map((ds) => {
      const file = files.get(datasetFile(ds.name));
      return {
        profile: 'tabular-data-resource',
        name: ds.name,
        path: datasetFile(ds.name),
        title: ds.title[lang],
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        ...(file ? { bytes: file.bytes, hash: `sha256:${file.sha256}` } : {}),
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: schemaOf(ds, included, lang),
      };
    }),
  };
  return JSON.stringify(descriptor, null, 2) + '\n';
}

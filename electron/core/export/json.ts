/**
 * The JSON export of one filing: the same rows as the CSV datasets, nested (a table holds
 * its cells), under a versioned envelope. Keys and their order are fixed; amounts are
 * decimal strings. docs/export.md documents the shape.
 */
import type { ExportOptions } from '../../../shared/api/contract';
import type { FilingBundle } from '../../../shared/domain/export/bundle';
import { annotationRows, cellRows, checkRows, correctionRows, figureRows, filingRow, tableRows, type Row } from '../../../shared/domain/export/rows';
import { APP_VERSION } from '../version';

export const JSON_FORMAT = { name: 'gouji-export', version: 1 } as const;

export function filingJson(b: FilingBundle, options: ExportOptions, generatedAt: string): string {
  const cells = cellRows(b, options);
  const cellsOf = new Map<number, Row[]>();
  for (const cell of cells) {
    const id = Number(cell.tableId);
    const list = cellsOf.get(id);
    if (list) list.push(cell);
    else cellsOf.set(id, [cell]);
  }
  const document = {
    format: JSON_FORMAT.name,
    version: JSON_FORMAT.version,
    generator: `Gouji ${APP_VERSION}`,
    generatedAt,
    options: { values: options.values, lang: options.lang, annotations: options.annotations },
    filing: filingRow(b),
    signOff: b.signOff,
    tables: tableRows(b).map((table) => ({ ...table, cells: cellsOf.get(Number(table.tableId)) ?? [] })),
    figures: figureRows(b, options),
    checks: checkRows(b, options).map((check, i) => ({ ...check, figureIds: b.checks[i]!.figureIds })),
    corrections: correctionRows(b),
    annotations: options.annotations ? annotationRows(b) : null,
  };
  // Compact: a large filing's cells are tens of thousands of rows; indentation would double the file.
  return JSON.stringify(document) + '\n';
}

/**
 * The seed fixtures' ground truth (tests/fixtures/seed-NNN.tables.json), with each row's
 * cell count in its seed line: the ground truth pads short rows, and a one-cell line amid
 * a table's rows is a label fragment (classify.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isNumericCell, layoutRowCells, splitPipeRow, splitTabRow } from '../../tests/fixtures/seed-parse';
import type { Rows } from './align';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const FIXTURES_DIR = path.join(ROOT, 'tests', 'fixtures');
const SEEDS_DIR = path.resolve(process.env['GOUJI_SEEDS'] ?? path.join(ROOT, '..', 'shared', 'seeds'));

export interface TruthTable {
  /** "001#12": seed and table index. */
  readonly id: string;
  readonly seed: string;
  readonly index: number;
  readonly title: string | null;
  readonly unitCaption: string | null;
  readonly headerRows: number;
  readonly rows: Rows;
  /** Cells per row in its seed line; null when lines and rows do not map one to one (seed 000 merges lines). */
  readonly rawLengths: readonly number[] | null;
}

export interface SeedTruth {
  readonly seed: string;
  readonly pdf: string;
  readonly tables: readonly TruthTable[];
}

type Syntax = 'tab' | 'pipe' | 'columns';

interface TruthJson {
  source: string;
  pdf: string;
  tables: { index: number; title: string | null; unitCaption: string | null; headerRows: number; rows: string[][]; syntax: Syntax; sourceLines: [number, number] }[];
}

function cellCount(line: string, syntax: Syntax): number {
  if (syntax === 'pipe') return splitPipeRow(line).length;
  if (syntax === 'tab') return splitTabRow(line).length;
  return layoutRowCells(line)?.length ?? 1;
}

/** One row per non-blank seed line (as seed-parse builds them), unless lines were merged. */
function rawLengths(seedLines: readonly string[] | null, table: TruthJson['tables'][number]): number[] | null {
  if (seedLines === null) return null;
  const lines = seedLines.slice(table.sourceLines[0] - 1, table.sourceLines[1]).filter((line) => line.trim() !== '');
  return lines.length === table.rows.length ? lines.map((line) => cellCount(line, table.syntax)) : null;
}

export function loadSeedTruth(seed: string): SeedTruth {
  const json = JSON.parse(readFileSync(path.join(FIXTURES_DIR, `seed-${seed}.tables.json`), 'utf8')) as TruthJson;
  const seedFile = path.join(SEEDS_DIR, json.source);
  const seedLines = existsSync(seedFile) ? readFileSync(seedFile, 'utf8').replace(/\r\n?/gu, '\n').split('\n') : null;
  return {
    seed,
    pdf: path.join(FIXTURES_DIR, json.pdf),
    tables: json.tables.map((t) => ({
      id: `${seed}#${t.index}`,
      seed,
      index: t.index,
      title: t.title,
      unitCaption: t.unitCaption,
      headerRows: t.headerRows,
      rows: t.rows,
      rawLengths: rawLengths(seedLines, t),
    })),
  };
}

/** Worth rendering alone: a check needs at least two numbers in the body. */
export function hasNumberBody(table: TruthTable): boolean {
  return table.rows.slice(table.headerRows).flat().filter(isNumericCell).length >= 2;
}

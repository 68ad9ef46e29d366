/**
 * Check results of an imported filing placed on the ground truth: each figure a result
 * read becomes a (truth table, row, col), so results of different renderings of the same
 * table (clean, mutated) and of the full fixture can be compared cell for cell.
 */
import type { CheckResultRecord, FigureRecord } from '../../shared/api/contract';
import { alignCells, cellKey, tableOverlap, type CellPos, type ExtractedCell, type Rows } from './align';
import type { ReadFigure } from './classify';
import type { CheckRead } from './mutate';
import type { FilingReadout } from './pipeline';

export interface TruthPlace {
  readonly table: number;
  readonly pos: CellPos;
}

type Placement = Map<string, TruthPlace>;

export interface PlacedResult {
  readonly record: CheckResultRecord;
  readonly read: CheckRead;
  readonly figures: readonly ReadFigure[];
  /** The truth table of the checked figure, or null when it could not be placed. */
  readonly truthTable: number | null;
  /** Every placed figure, in whichever truth table (checks across tables read several). */
  readonly places: readonly TruthPlace[];
}

function placeOf(placement: Placement, figure: FigureRecord): TruthPlace | null {
  if (figure.tableId === null || figure.cellRow === null || figure.cellCol === null) return null;
  return placement.get(cellKey(figure.tableId, figure.cellRow, figure.cellCol)) ?? null;
}

function placeResults(readout: FilingReadout, placement: Placement, truthTables: readonly Rows[]): PlacedResult[] {
  const figures = new Map(readout.figures.map((f) => [f.id, f]));
  return readout.results.map((record) => {
    // Narrative figures have no cell to compare; the checks of this benchmark read tables.
    const read = record.figureIds.map((id) => figures.get(id)).filter((f): f is FigureRecord => f?.source === 'table');
    const places = read.map((f) => placeOf(placement, f));
    const anchorPlace = places[0] ?? null;
    const truthTable = anchorPlace?.table ?? places.find((p) => p !== null)?.table ?? null;
    const cells = places.filter((p): p is TruthPlace => p !== null && p.table === truthTable).map((p) => p.pos);
    return {
      record,
      truthTable,
      places: places.filter((p): p is TruthPlace => p !== null),
      read: {
        rule: record.rule,
        family: record.family,
        status: record.status,
        anchor: anchorPlace?.pos ?? null,
        cells,
        difference: record.difference,
        tolerance: record.tolerance,
      },
      figures: read.map((f, i) => {
        const place = places[i] ?? null;
        const printed = place === null ? null : (truthTables[place.table]?.[place.pos.row]?.[place.pos.col] ?? null);
        return { value: f.value, pos: place?.pos ?? null, printed };
      }),
    };
  });
}

/** A filing rendered from one truth table. */
export function placeIsolated(readout: FilingReadout, truthRows: Rows): PlacedResult[] {
  const placement: Placement = new Map();
  for (const [key, pos] of alignCells(truthRows, readout.cells)) placement.set(key, { table: 0, pos });
  return placeResults(readout, placement, [truthRows]);
}

/** A whole fixture: each extracted table is placed on the truth table it shares most texts with. */
export function placeInFiling(readout: FilingReadout, truthTables: readonly Rows[]): PlacedResult[] {
  const byTable = new Map<number, ExtractedCell[]>();
  for (const cell of readout.cells) byTable.set(cell.tableId, [...(byTable.get(cell.tableId) ?? []), cell]);
  const placement: Placement = new Map();
  for (const cells of byTable.values()) {
    const scores = truthTables.map((rows) => tableOverlap(cells, rows));
    const best = scores.indexOf(Math.max(0, ...scores));
    if (best < 0 || (scores[best] ?? 0) === 0) continue;
    for (const [key, pos] of alignCells(truthTables[best]!, cells)) placement.set(key, { table: best, pos });
  }
  return placeResults(readout, placement, truthTables);
}

/**
 * Reviewed data: extracted figures and cells with approved corrections applied. Everything
 * that reads values for people or checks (the figure list, tables, checks, exports) reads
 * them through here, so pending and rejected corrections never leak in.
 */
import type { CellRecord, FigureRecord, TableSummary } from '../../../shared/api/contract';
import { applyCorrectionsToCells, applyCorrectionsToFigures } from '../../../shared/domain/review/corrections';
import type { CorrectionsRepository } from '../store/corrections';
import type { ExtractionRepository, FigureFilter } from '../store/extraction';

export class ReviewedData {
  constructor(
    private readonly extraction: ExtractionRepository,
    private readonly corrections: CorrectionsRepository,
  ) {}

  figures(documentId: number, filter: FigureFilter = {}): FigureRecord[] {
    return applyCorrectionsToFigures(this.extraction.figures(documentId, filter), this.corrections.approved(documentId));
  }

  table(tableId: number): { table: TableSummary; cells: CellRecord[] } {
    const { table, cells } = this.extraction.table(tableId);
    return { table, cells: applyCorrectionsToCells(cells, this.corrections.approved(table.documentId)) };
  }

  /** The reviewed figure and cell at a key, as a correction proposed now would see them. */
  atKey(documentId: number, key: string): { figure: FigureRecord | null; cell: CellRecord | null } {
    const { figure, cell } = this.extraction.atKey(documentId, key);
    const approved = this.corrections.approved(documentId).filter((c) => c.targetKey === key);
    return {
      figure: figure && applyCorrectionsToFigures([figure], approved)[0]!,
      cell: cell && applyCorrectionsToCells([cell], approved)[0]!,
    };
  }
}

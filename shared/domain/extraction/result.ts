/** What extraction hands the store for one filing: plain data, written in one transaction. */
import type { CellRecord, FigureRecord, PageInfo, TableKind } from '../../api/contract';
import type { Box } from './types';

export interface PageResult extends PageInfo {
  /** The page's text, line by line in reading order: what the full-text index searches. */
  text: string;
}

export type CellDraft = Omit<CellRecord, 'id' | 'key' | 'reviewed' | 'extractedText'>;

/** A figure before it has ids: a table figure names its cell by (row, col). */
export type FigureDraft = Omit<FigureRecord, 'id' | 'key' | 'reviewed' | 'extractedValue' | 'documentId' | 'tableId' | 'cellId' | 'cellRow' | 'cellCol'> & {
  cell: { row: number; col: number } | null;
};

export interface TableResult {
  seq: number;
  pageStart: number;
  pageEnd: number;
  title: string | null;
  kind: TableKind;
  unit: string | null;
  scale: string | null;
  currency: string | null;
  rowCount: number;
  colCount: number;
  headerRows: number;
  ruled: boolean;
  regions: { page: number; box: Box }[];
  cells: CellDraft[];
  figures: FigureDraft[];
}

export interface ExtractionResult {
  pages: PageResult[];
  tables: TableResult[];
  textFigures: FigureDraft[];
}

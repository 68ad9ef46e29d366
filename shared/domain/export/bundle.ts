/**
 * Everything an export says about one filing, as plain data read by the core: reviewed
 * tables and figures (approved corrections applied), check results, every correction,
 * annotations, and who signed the review off. The writers (CSV, XLSX, JSON, reports)
 * read only this, so they never touch the store.
 */
import type {
  AnnotationRecord,
  CellRecord,
  CheckResultRecord,
  CorrectionRecord,
  DocumentSummary,
  FigureRecord,
  FilingReview,
  TableSummary,
} from '../../api/contract';

export interface Signature {
  username: string;
  displayName: string;
  at: string;
}

/** The review's sign-off: the reviewer who submitted it, the supervisor who approved it. */
export interface SignOff {
  reviewer: Signature | null;
  supervisor: Signature | null;
}

export interface FilingBundle {
  filing: DocumentSummary;
  review: FilingReview;
  signOff: SignOff;
  tables: { table: TableSummary; cells: CellRecord[] }[];
  figures: FigureRecord[];
  /** Each figure's text as printed (its cell's extracted text, or its span of the page text), by figure id. */
  printed: ReadonlyMap<number, string>;
  checks: CheckResultRecord[];
  corrections: CorrectionRecord[];
  annotations: AnnotationRecord[];
}

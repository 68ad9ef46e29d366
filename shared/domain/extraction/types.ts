/**
 * The plain data extraction works on. Coordinates are PDF points with the origin at
 * the page's top-left corner and y growing downwards (pdf.js viewport at scale 1),
 * so the UI can draw a stored bbox straight onto a rendered page.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One run of text as pdf.js gives it, NFKC-normalised, with its box on the page. */
export interface PositionedText {
  text: string;
  box: Box;
  /** Font size in points (the run's height). */
  size: number;
}

/** A drawn rule: a stroked line, or a filled rectangle thin enough to read as one. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  orientation: 'h' | 'v';
}

/** A filled or stroked rectangle that is not thin: cell backgrounds, boxes. */
export interface Rect extends Box {
  filled: boolean;
}

/** Everything extraction reads from one page. */
export interface PageGeometry {
  page: number;
  width: number;
  height: number;
  runs: PositionedText[];
  segments: Segment[];
  rects: Rect[];
  /** Fraction of the page area covered by painted images (0–1): scanned pages are near 1. */
  imageCoverage: number;
}

/** A cell of a detected table, before any interpretation. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** The cell's text as printed: runs joined in reading order, NFKC-normalised. */
  text: string;
  page: number;
  box: Box;
}

/** A table as found on the page(s): a grid of cells. */
export interface GridTable {
  /** First and last page the table spans (a table continued on the next page is stitched). */
  pageStart: number;
  pageEnd: number;
  /** The table's outline on each page it covers. */
  regions: { page: number; box: Box }[];
  rowCount: number;
  colCount: number;
  /** Leading rows that are column headers (multi-row headers have more than one). */
  headerRows: number;
  /** Found from drawn rules, or from text alignment alone. */
  ruled: boolean;
  cells: GridCell[];
}

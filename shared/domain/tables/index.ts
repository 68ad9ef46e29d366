/**
 * Table detection on plain page geometry (no pdf.js): ruled tables from drawn rules,
 * unruled ones from text alignment, header rows, and tables continued across pages
 * stitched into one.
 */
import type { GridTable, PageGeometry } from '../extraction/types';
import { detectRuledTables } from './ruled';
import { stitchContinuedTables } from './stitch';
import { detectUnruledTables } from './unruled';

export { detectHeaderRows } from './headers';
export { detectRuledTables } from './ruled';
export { stitchContinuedTables } from './stitch';
export { detectUnruledTables } from './unruled';

/** Tables of one page, top to bottom. */
export function detectPageTables(page: PageGeometry): GridTable[] {
  const ruled = detectRuledTables(page);
  const unruled = detectUnruledTables(
    page,
    ruled.flatMap((t) => t.regions.map((r) => r.box)),
  );
  return [...ruled, ...unruled].sort((a, b) => a.regions[0]!.box.y0 - b.regions[0]!.box.y0);
}

/** Every table of the document, in document order, continuations joined. */
export function detectTables(pages: PageGeometry[]): GridTable[] {
  return stitchContinuedTables(pages.map(detectPageTables), pages);
}

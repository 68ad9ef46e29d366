/**
 * Where each page sits in the scrolling column, computed rather than measured, so
 * placeholders, the current-page indicator and "keep my place when zooming" agree.
 * The CSS in styles.css (.pdf-pages padding, .pdf-page margin) must match these numbers.
 */
import type { PageSize } from './pdfjs';

export const PAGE_GAP = 12;
export const COLUMN_PADDING_Y = 12;
export const COLUMN_PADDING_X = 16;
const MIN_SCALE = 0.1;
const MAX_SCALE = 8;

export type PageBox = { top: number; width: number; height: number };
export type PageLayout = { scale: number; pages: PageBox[] };

export function layoutPages(sizes: readonly PageSize[], scale: number): PageLayout {
  let top = COLUMN_PADDING_Y;
  const pages = sizes.map((size) => {
    const box = { top, width: Math.floor(size.width * scale), height: Math.floor(size.height * scale) };
    top += box.height + PAGE_GAP;
    return box;
  });
  return { scale, pages };
}

export function fitWidthScale(columnWidth: number, pageWidth: number): number {
  const scale = (columnWidth - 2 * COLUMN_PADDING_X) / pageWidth;
  // Rounded down so a fitted page never triggers a horizontal scrollbar.
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.floor(scale * 1000) / 1000));
}

/** Index of the last page whose top is at or above y (0 when y is above the first page). */
function indexAt(layout: PageLayout, y: number): number {
  let low = 0;
  let high = layout.pages.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((layout.pages[middle]?.top ?? Infinity) <= y) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/** 1-based number of the page showing the most within [viewTop, viewBottom]; ties go to the earlier page. */
export function mostVisiblePage(layout: PageLayout, viewTop: number, viewBottom: number): number {
  let best = 0;
  let bestVisible = -1;
  for (let index = indexAt(layout, viewTop); index < layout.pages.length; index++) {
    const page = layout.pages[index];
    if (!page || page.top >= viewBottom) break;
    const visible = Math.min(viewBottom, page.top + page.height) - Math.max(viewTop, page.top);
    if (visible > bestVisible) {
      best = index;
      bestVisible = visible;
    }
  }
  return best + 1;
}

/** Where the reader is, as "page index + fraction into it", to restore after the layout changes. */
export function anchorAt(layout: PageLayout, y: number): { index: number; fraction: number } {
  const index = indexAt(layout, y);
  const page = layout.pages[index];
  if (!page || page.height === 0) return { index, fraction: 0 };
  return { index, fraction: (y - page.top) / page.height };
}

export function offsetOf(layout: PageLayout, anchor: { index: number; fraction: number }): number {
  const page = layout.pages[anchor.index];
  return page ? page.top + anchor.fraction * page.height : 0;
}

/**
 * What this app adds to pdf.js's page divs: stable test hooks, `data-rendered` (true
 * once painted, false when pdf.js releases the page's canvas to save memory), and the
 * performance marks the render bench reads.
 */
import { pageView, type ViewerKit } from './viewerKit';

export const FIRST_PAGE_MARK = 'gouji:first-page-painted';
export const pageRenderedMark = (pageNumber: number) => `gouji:page-${pageNumber}-rendered`;
const PAGE_MARK = /^gouji:page-\d+-rendered$/;

export function decoratePages(kit: ViewerKit): void {
  for (let page = 1; page <= kit.viewer.pagesCount; page++) {
    const div = pageView(kit, page)?.div;
    if (!div) continue;
    div.dataset.testid = 'pdf-page';
    if (!div.dataset.rendered) div.dataset.rendered = 'false';
  }
}

/** Forgets the page marks of the previous filing, so the timeline stays small. */
export function clearPageMarks(): void {
  for (const entry of performance.getEntriesByType('mark')) {
    if (PAGE_MARK.test(entry.name)) performance.clearMarks(entry.name);
  }
  performance.clearMarks(FIRST_PAGE_MARK);
}

export function markRendered(kit: ViewerKit, pageNumber: number, first: boolean): void {
  const div = pageView(kit, pageNumber)?.div;
  if (div) {
    div.dataset.testid = 'pdf-page';
    div.dataset.rendered = 'true';
  }
  if (first) performance.mark(FIRST_PAGE_MARK);
  performance.mark(pageRenderedMark(pageNumber));
}

/**
 * Watches every page div's children: pdf.js empties a page when it drops it from its
 * cache or re-creates its layers, which also removes anything we put inside (the
 * highlight). `onReset` gets the page numbers whose children changed.
 */
export function watchPageResets(kit: ViewerKit, onReset: (pages: number[]) => void): () => void {
  const observer = new MutationObserver((records) => {
    const pages = new Set<number>();
    for (const record of records) {
      const div = record.target;
      if (!(div instanceof HTMLElement)) continue;
      const page = Number(div.dataset.pageNumber);
      if (!Number.isFinite(page)) continue;
      // No canvas left: the page was released and shows as a placeholder again.
      if (div.dataset.rendered === 'true' && !div.querySelector('canvas')) div.dataset.rendered = 'false';
      pages.add(page);
    }
    if (pages.size > 0) onReset([...pages]);
  });
  for (let page = 1; page <= kit.viewer.pagesCount; page++) {
    const div = pageView(kit, page)?.div;
    if (div) observer.observe(div, { childList: true });
  }
  return () => observer.disconnect();
}

/**
 * A scrolling column of PDF pages, rendered lazily to canvases. Self-contained on
 * purpose: it takes bytes and view settings and reports page count, visible page and
 * scale, so it can later be swapped for pdf.js's own viewer components (text layer,
 * find, thumbnails) without touching the filing view or the stores.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PageRequest, Zoom } from '../state/filing';
import { anchorAt, fitWidthScale, layoutPages, mostVisiblePage, offsetOf, PAGE_GAP } from './pageLayout';
import { openPdf, pageSizeOf, type PageSize } from './pdfjs';
import { PdfPage } from './PdfPage';

type Props = {
  data: Uint8Array;
  zoom: Zoom;
  pageRequest: PageRequest | null;
  onDocumentLoaded: (pageCount: number) => void;
  onVisiblePageChange: (page: number) => void;
  onScaleChange: (scale: number) => void;
};

type LoadState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; pdf: PDFDocumentProxy; sizes: readonly PageSize[] };

/** Pages within one pane-height above or below the view are rendered; the rest are released. */
const NEAR_MARGIN = '100% 0px';

const sameSizes = (a: readonly PageSize[], b: readonly PageSize[]) =>
  a.length === b.length &&
  a.every((size, i) => size.width === b[i]?.width && size.height === b[i]?.height);

export function PdfPane({
  data,
  zoom,
  pageRequest,
  onDocumentLoaded,
  onVisiblePageChange,
  onScaleChange,
}: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [paneWidth, setPaneWidth] = useState(0);
  const [nearPages, setNearPages] = useState<ReadonlySet<number>>(() => new Set());

  // Open the document; sizes start as page 1's for every page, then are corrected in the background.
  useEffect(() => {
    const task = openPdf(data);
    let live = true;
    task.promise
      .then(async (pdf) => {
        const first = pageSizeOf(await pdf.getPage(1));
        if (!live) return;
        const guessed = Array.from({ length: pdf.numPages }, () => first);
        setLoad({ status: 'ready', pdf, sizes: guessed });
        onDocumentLoaded(pdf.numPages);
        const sizes = await Promise.all(
          guessed.map((size, index) =>
            index === 0 ? size : pdf.getPage(index + 1).then(pageSizeOf),
          ),
        );
        if (live && !sameSizes(sizes, guessed)) {
          setLoad((current) => (current.status === 'ready' ? { ...current, sizes } : current));
        }
      })
      .catch((error: unknown) => {
        if (live) setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
      void task.destroy();
    };
  }, [data, onDocumentLoaded]);

  useEffect(() => {
    const pane = scrollRef.current;
    if (!pane) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setPaneWidth(entry.contentRect.width);
    });
    observer.observe(pane);
    return () => observer.disconnect();
  }, []);

  const pdf = load.status === 'ready' ? load.pdf : null;
  const sizes = load.status === 'ready' ? load.sizes : null;
  const firstWidth = sizes?.[0]?.width ?? 0;
  const scale =
    zoom === 'fit-width' ? (paneWidth > 0 && firstWidth > 0 ? fitWidthScale(paneWidth, firstWidth) : 0) : zoom;
  const layout = useMemo(
    () => (sizes && scale > 0 ? layoutPages(sizes, scale) : null),
    [sizes, scale],
  );

  useEffect(() => {
    if (scale > 0) onScaleChange(scale);
  }, [scale, onScaleChange]);

  // One observer for all pages decides which are near enough to paint.
  const pageCount = layout?.pages.length ?? 0;
  useEffect(() => {
    const pane = scrollRef.current;
    if (!pane || pageCount === 0) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const changes = entries.map((entry) => ({
          page: Number((entry.target as HTMLElement).dataset.pageNumber),
          near: entry.isIntersecting,
        }));
        setNearPages((previous) => {
          const next = new Set(previous);
          for (const { page, near } of changes) {
            if (near) next.add(page);
            else next.delete(page);
          }
          return next;
        });
      },
      { root: pane, rootMargin: NEAR_MARGIN },
    );
    for (const element of pane.querySelectorAll('[data-page-number]')) observer.observe(element);
    return () => observer.disconnect();
  }, [pageCount]);

  // Keep the reader's place when the layout changes (zoom, pane resize, corrected sizes).
  const scrollTop = useRef(0);
  const previousLayout = useRef<typeof layout>(null);
  useLayoutEffect(() => {
    const pane = scrollRef.current;
    const before = previousLayout.current;
    previousLayout.current = layout;
    if (!pane || !layout || !before || before === layout) return;
    pane.scrollTop = offsetOf(layout, anchorAt(before, scrollTop.current));
    pane.scrollLeft *= layout.scale / before.scale;
    scrollTop.current = pane.scrollTop;
  }, [layout]);

  const handledRequest = useRef(0);
  useEffect(() => {
    const pane = scrollRef.current;
    if (!pane || !layout || !pageRequest || pageRequest.seq === handledRequest.current) return;
    handledRequest.current = pageRequest.seq;
    const target = layout.pages[pageRequest.page - 1];
    if (target) pane.scrollTop = target.top - PAGE_GAP / 2;
  }, [pageRequest, layout]);

  const reportedPage = useRef(0);
  const onScroll = () => {
    const pane = scrollRef.current;
    if (!pane || !layout) return;
    scrollTop.current = pane.scrollTop;
    const atEnd = pane.scrollTop > 0 && pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 2;
    const page = atEnd
      ? layout.pages.length
      : mostVisiblePage(layout, pane.scrollTop, pane.scrollTop + pane.clientHeight);
    if (page !== reportedPage.current) {
      reportedPage.current = page;
      onVisiblePageChange(page);
    }
  };

  return (
    <div className="pdf-pane" ref={scrollRef} onScroll={onScroll} tabIndex={0} data-testid="pdf-pane">
      {load.status === 'loading' && (
        <div className="placeholder" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('viewer.loading')}
        </div>
      )}
      {load.status === 'failed' && (
        <div className="notice notice-error" role="alert" data-testid="pdf-error">
          <span>{t('viewer.loadFailed')}</span>
          <span className="notice-detail">{load.message}</span>
        </div>
      )}
      {pdf && layout && (
        <div className="pdf-pages">
          {layout.pages.map((box, index) => (
            <PdfPage
              key={index + 1}
              pdf={pdf}
              pageNumber={index + 1}
              width={box.width}
              height={box.height}
              scale={layout.scale}
              near={nearPages.has(index + 1)}
            />
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * The filing's PDF, shown by pdf.js's own PDFViewer: lazy page rendering, text layer
 * and selection, find, zoom. Around it: a sidebar (thumbnails, outline), the find bar,
 * the highlight of the selected cell or figure, and the links back to the data (click
 * a number to select it, hover it for its parsed value).
 */
import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindRequest, PageRequest, Zoom } from '../state/filing';
import { useHover } from '../state/hover';
import { useLayout } from '../state/layout';
import { useWorkspace } from '../state/workspace';
import { pickingFigures, showFigureChecks } from '../checks/checkLinking';
import { useChecks } from '../state/checks';
import { figureTarget, hitAt, selectHit, tipFor } from '../workspace/linking';
import { useFigures } from '../state/figures';
import { annotationAt, showAnnotation } from '../annotations/annotationLinking';
import { useAnnotations } from '../state/annotations';
import { useReviewLock } from '../corrections/useReviewLock';
import { drawAnnotationOverlay, flashBoxes } from './annotationOverlay';
import { AnnotationTip } from './AnnotationTip';
import { drawCheckOverlay } from './checkOverlay';
import { FindBar } from './FindBar';
import { drawHighlight, scrollToBox, type HighlightTarget } from './highlight';
import { NumberTooltip } from './NumberTooltip';
import { clearPageMarks, decoratePages, markRendered, watchPageResets } from './pageDecorations';
import { pagePointAt } from './pagePoint';
import { unionBox } from './pageRects';
import { SelectionAnnotateButton } from './SelectionAnnotateButton';
import { useLocate, type LocateRequest } from './locate';
import { useAnnotationOverlay } from './useAnnotationOverlay';
import { useRegionTool } from './useRegionTool';
import { useTextAnnotate } from './useTextAnnotate';
import { PdfLoading } from './PdfLoading';
import { CSS_UNITS_PER_PDF_POINT } from './pdfjs';
import { PdfSidebar } from './PdfSidebar';
import { useCheckOverlay } from './useCheckOverlay';
import { usePdfDocument } from './usePdfDocument';
import { applyZoom, attachDocument, createViewerKit, detachDocument, listen, type ViewerKit } from './viewerKit';

/** How long after a jump its place is flashed again if its page is drawn only then. */
const FLASH_RETRY_MS = 1500;

type Props = {
  data: Uint8Array;
  zoom: Zoom;
  pageRequest: PageRequest | null;
  findRequest: FindRequest | null;
  onDocumentLoaded: (pageCount: number) => void;
  onVisiblePageChange: (page: number) => void;
  onScaleChange: (scale: number) => void;
};

export function PdfPane({
  data,
  zoom,
  pageRequest,
  findRequest,
  onDocumentLoaded,
  onVisiblePageChange,
  onScaleChange,
}: Props) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<HTMLDivElement>(null);
  const [kit, setKit] = useState<ViewerKit | null>(null);
  // The kit once pdf.js has laid out the pages: only then do page, zoom and highlight requests apply.
  const [ready, setReady] = useState<ViewerKit | null>(null);
  const load = usePdfDocument(data);
  const pdf = load.status === 'ready' ? load.pdf : null;
  const sidebarOpen = useLayout((state) => state.sidebarOpen);
  const findOpen = useWorkspace((state) => state.findOpen);
  const selection = useWorkspace((state) => state.selection);
  const focusRequest = useWorkspace((state) => state.focusRequest);

  // Latest values for pdf.js event handlers, which are registered once per document.
  const latest = useRef({ zoom, pageRequest, onVisiblePageChange, onScaleChange });
  useLayoutEffect(() => {
    latest.current = { zoom, pageRequest, onVisiblePageChange, onScaleChange };
  });
  const highlight = useRef<HighlightTarget | null>(null);
  const checkOverlay = useCheckOverlay();
  const overlay = useRef(checkOverlay);
  const annotationOverlay = useAnnotationOverlay();
  const notes = useRef(annotationOverlay);
  useLayoutEffect(() => {
    overlay.current = checkOverlay;
    notes.current = annotationOverlay;
  });
  // The place last asked for: flashed again when its page is (re)drawn soon after.
  const flash = useRef<(LocateRequest & { at: number }) | null>(null);
  const handledPageRequest = useRef(0);

  useEffect(() => {
    const container = containerRef.current;
    const viewerElement = viewerRef.current;
    if (!container || !viewerElement) return;
    const abort = new AbortController();
    setKit(createViewerKit(container, viewerElement, abort.signal));
    return () => {
      abort.abort();
      setKit(null);
    };
  }, []);

  useEffect(() => {
    if (pdf) onDocumentLoaded(pdf.numPages);
  }, [pdf, onDocumentLoaded]);

  useEffect(() => {
    if (!kit || !pdf) return;
    clearPageMarks();
    let firstPainted = false;
    let stopWatching = () => {};
    const redraw = (pages: number[]) => {
      const target = highlight.current;
      if (target && pages.includes(target.page)) drawHighlight(kit, target);
      drawCheckOverlay(kit, overlay.current, pages);
      drawAnnotationOverlay(kit, notes.current, pages);
      const wanted = flash.current;
      if (wanted && pages.includes(wanted.page) && performance.now() - wanted.at < FLASH_RETRY_MS) {
        flash.current = null;
        flashBoxes(kit, wanted.page, wanted.rects);
      }
    };
    const off = [
      listen(kit.eventBus, 'pagesinit', () => {
        decoratePages(kit);
        stopWatching();
        stopWatching = watchPageResets(kit, redraw);
        applyZoom(kit, latest.current.zoom);
        const request = latest.current.pageRequest;
        if (request) {
          handledPageRequest.current = request.seq;
          kit.viewer.currentPageNumber = request.page;
        }
        setReady(kit);
      }),
      listen(kit.eventBus, 'pagechanging', ({ pageNumber }) => latest.current.onVisiblePageChange(pageNumber)),
      listen(kit.eventBus, 'scalechanging', ({ scale }) => {
        latest.current.onScaleChange(scale);
        // CSS pixels per PDF point, for tests that check where a box lands on screen.
        kit.viewer.container.dataset.scale = String(scale * CSS_UNITS_PER_PDF_POINT);
      }),
      listen(kit.eventBus, 'pagerendered', ({ pageNumber, error }) => {
        if (error) return;
        markRendered(kit, pageNumber, !firstPainted);
        firstPainted = true;
        redraw([pageNumber]);
      }),
    ];
    attachDocument(kit, pdf);
    return () => {
      for (const unlisten of off) unlisten();
      stopWatching();
      setReady(null);
      detachDocument(kit);
    };
  }, [kit, pdf]);

  useEffect(() => {
    if (ready) applyZoom(ready, zoom);
  }, [ready, zoom]);

  // "Fit width" is a rule, not a number: re-apply it whenever the pane changes width.
  useEffect(() => {
    const container = containerRef.current;
    if (!ready || !container) return;
    let frame = 0;
    let width = container.clientWidth;
    const observer = new ResizeObserver(() => {
      if (container.clientWidth === width) return;
      width = container.clientWidth;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (latest.current.zoom === 'fit-width') applyZoom(ready, 'fit-width');
      });
    });
    observer.observe(container);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [ready]);

  useEffect(() => {
    if (!ready || !pageRequest || pageRequest.seq === handledPageRequest.current) return;
    handledPageRequest.current = pageRequest.seq;
    ready.viewer.scrollPageIntoView({ pageNumber: pageRequest.page });
  }, [ready, pageRequest]);

  useEffect(() => {
    if (ready && findRequest) useWorkspace.getState().openFind(findRequest.query);
  }, [ready, findRequest]);

  // A figure the selected check result shows (in its own colour) is not highlighted twice.
  const shownByCheck =
    selection !== null && (checkOverlay.involved.get(selection.page) ?? []).some((figure) => figure.figureId === selection.figureId);
  useEffect(() => {
    if (!ready) return;
    const target = selection && !shownByCheck ? { page: selection.page, box: selection.box } : null;
    highlight.current = target;
    drawHighlight(ready, target);
  }, [ready, selection, shownByCheck]);

  useEffect(() => {
    if (!ready || !selection || selection.origin === 'pdf' || selection.origin === 'restore') return;
    scrollToBox(ready, { page: selection.page, box: selection.box });
  }, [ready, selection]);

  useEffect(() => {
    if (ready) drawCheckOverlay(ready, checkOverlay);
  }, [ready, checkOverlay]);

  useEffect(() => {
    if (ready) drawAnnotationOverlay(ready, annotationOverlay);
  }, [ready, annotationOverlay]);

  const locateRequest = useLocate((state) => state.request);
  useEffect(() => {
    const box = locateRequest && unionBox(locateRequest.rects);
    if (!ready || !locateRequest || !box) return;
    scrollToBox(ready, { page: locateRequest.page, box });
    flash.current = { ...locateRequest, at: performance.now() };
    flashBoxes(ready, locateRequest.page, locateRequest.rects);
  }, [ready, locateRequest]);

  const { locked } = useReviewLock();
  useRegionTool(ready, containerRef, !locked);
  const [textOffer, dropTextOffer] = useTextAnnotate(ready, containerRef);

  useEffect(() => {
    if (focusRequest?.pane === 'pdf') containerRef.current?.focus();
  }, [focusRequest]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    // The region tool's drag ends in a click that is not one.
    if (!ready || event.button !== 0 || (useAnnotations.getState().regionTool && !locked)) return;
    // A click that ends a text selection selects text, not a number.
    if (window.getSelection()?.isCollapsed === false) return;
    const element = event.target instanceof Element ? event.target : null;
    const pin = element?.closest<HTMLElement>('[data-testid="pdf-annotation-pin"]');
    if (pin) {
      showAnnotation(Number(pin.dataset.annotationId));
      return;
    }
    const tickmark = element?.closest<HTMLElement>('[data-testid="tickmark"]') ?? null;
    if (tickmark && !pickingFigures()) {
      showFigureChecks(Number(tickmark.dataset.figureId));
      return;
    }
    const point = pagePointAt(ready, event.target, event.clientX, event.clientY);
    const hit = point && hitAt(point.page, point.x, point.y);
    if (!hit) {
      // Not a number: a note drawn there opens in its tab.
      const note = point && annotationAt(point.page, point.x, point.y);
      if (note) showAnnotation(note.id);
      return;
    }
    if (pickingFigures() && useWorkspace.getState().tab === 'checks') {
      // The new-check form is open: the number goes into its formula, the tab stays.
      const figure = hit.kind === 'figure' ? hit.figure : useFigures.getState().byCell.get(hit.cell.id);
      if (!figure) return;
      useChecks.getState().insertFigure(figure.id);
      useWorkspace.getState().select(figureTarget(figure), 'pdf', true);
      return;
    }
    selectHit(hit, 'pdf');
  };

  const hoverFrame = useRef(0);
  const onMouseMove = (event: MouseEvent<HTMLDivElement>) => {
    const { target, clientX, clientY } = event;
    cancelAnimationFrame(hoverFrame.current);
    hoverFrame.current = requestAnimationFrame(() => {
      const container = containerRef.current;
      const inText = target instanceof Element && target.closest('.textLayer');
      const point = ready ? pagePointAt(ready, target, clientX, clientY) : null;
      const hit = point && inText ? hitAt(point.page, point.x, point.y, true) : null;
      const tip = hit && tipFor(hit, clientX, clientY);
      container?.classList.toggle('over-number', Boolean(tip));
      if (tip) useHover.getState().show(tip);
      else useHover.getState().hide();
      // Over a note (its pin, or its box where no number is): its comment.
      const pin = target instanceof Element ? target.closest<HTMLElement>('[data-testid="pdf-annotation-pin"]') : null;
      const noteId = pin ? Number(pin.dataset.annotationId) : !tip && point ? annotationAt(point.page, point.x, point.y)?.id : undefined;
      useAnnotations.getState().setHover(noteId === undefined ? null : { id: noteId, x: clientX, y: clientY });
    });
  };
  // The tooltip belongs to the number under a still mouse: scrolling or leaving drops it.
  const hideTip = () => {
    cancelAnimationFrame(hoverFrame.current);
    useHover.getState().hide();
    useAnnotations.getState().setHover(null);
  };

  return (
    <div className="pdf-frame">
      {sidebarOpen && ready && pdf && <PdfSidebar kit={ready} pdf={pdf} />}
      <div className="pdf-stage">
        {findOpen && kit && <FindBar kit={kit} />}
        <div className="pdf-host">
          <div
            ref={containerRef}
            className="pdf-pane"
            data-testid="pdf-pane"
            tabIndex={0}
            aria-label={t('viewer.documentLabel')}
            onClick={onClick}
            onMouseMove={onMouseMove}
            onMouseLeave={hideTip}
            onScroll={hideTip}
          >
            <div ref={viewerRef} className="pdfViewer" />
          </div>
          {load.status === 'loading' && <PdfLoading loaded={load.loaded} total={load.total} />}
          {load.status === 'failed' && (
            <div className="notice notice-error pdf-error" role="alert" data-testid="pdf-error">
              <span>{t('viewer.loadFailed')}</span>
              <span className="notice-detail">{load.message}</span>
            </div>
          )}
        </div>
      </div>
      <NumberTooltip />
      <AnnotationTip />
      {textOffer && !locked && <SelectionAnnotateButton offer={textOffer} onDone={dropTextOffer} />}
    </div>
  );
}

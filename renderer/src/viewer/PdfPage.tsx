/**
 * One page: a placeholder of the page's exact size that paints a canvas while it is
 * near the view and drops it when far (a 300-page report would otherwise hold
 * gigabytes of pixels). The canvas is managed imperatively: a new one is painted off
 * screen and swapped in, so zooming never flashes a blank page.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { CSS_UNITS_PER_PDF_POINT, RenderingCancelledException } from './pdfjs';

type Props = {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  width: number;
  height: number;
  scale: number;
  near: boolean;
};

/** Keeps one canvas under ~64 MB of pixels at high zoom on dense screens. */
const MAX_CANVAS_PIXELS = 16_777_216;

export const PdfPage = memo(function PdfPage({ pdf, pageNumber, width, height, scale, near }: Props) {
  const { t } = useTranslation();
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasHostRef = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  // `data-rendered` is written here, not by React: it tracks the canvas, which React does not own.
  useEffect(() => {
    if (near) return;
    canvasHostRef.current?.replaceChildren();
    if (pageRef.current) pageRef.current.dataset.rendered = 'false';
  }, [near]);

  useEffect(() => {
    const pageElement = pageRef.current;
    const host = canvasHostRef.current;
    if (!near || !pageElement || !host) return;
    pageElement.dataset.rendered = 'false';
    let live = true;
    let task: RenderTask | null = null;

    void (async () => {
      try {
        const page = await pdf.getPage(pageNumber);
        if (!live) return;
        const viewport = page.getViewport({ scale: scale * CSS_UNITS_PER_PDF_POINT });
        const pixelBudget = Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height));
        const outputScale = Math.min(window.devicePixelRatio || 1, pixelBudget);
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width * outputScale);
        canvas.height = Math.floor(viewport.height * outputScale);
        task = page.render({
          canvas,
          viewport,
          transform: outputScale === 1 ? undefined : [outputScale, 0, 0, outputScale, 0, 0],
        });
        await task.promise;
        if (!live) return;
        host.replaceChildren(canvas);
        pageElement.dataset.rendered = 'true';
        setFailed(false);
      } catch (error) {
        if (!live || error instanceof RenderingCancelledException) return;
        setFailed(true);
      }
    })();

    return () => {
      live = false;
      task?.cancel();
    };
  }, [near, pdf, pageNumber, scale]);

  return (
    <div
      ref={pageRef}
      className="pdf-page"
      data-testid="pdf-page"
      data-page-number={pageNumber}
      style={{ width, height }}
      role="img"
      aria-label={t('viewer.pageLabel', { page: pageNumber })}
    >
      <div ref={canvasHostRef} className="pdf-page-canvas" />
      {failed && (
        <div className="pdf-page-error" role="alert">
          {t('viewer.renderFailed', { page: pageNumber })}
        </div>
      )}
    </div>
  );
});

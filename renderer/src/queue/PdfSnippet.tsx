import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenderTask } from 'pdfjs-dist';
import type { CorrectionRecord } from '../../../shared/api/contract';
import { RenderingCancelledException } from '../viewer/pdfjs';
import { cropAround, rectOfBox, type Rect } from './snippetGeometry';
import { snippetPdf } from './snippetPdfs';

/** The snippet's size on screen (CSS pixels): wide enough for a row of a table. */
const WIDTH = 320;
const MAX_HEIGHT = 96;
/** Around the box, in PDF points at 100 %: a table row's neighbours, a line above and below. */
const CONTEXT = { minWidth: 260, padding: 14 };
const MAX_SCALE = 3;

type SnippetState = 'waiting' | 'drawn' | 'failed';

/**
 * The page region a correction is about, drawn by pdf.js when the row comes into view,
 * with the corrected figure outlined, so the supervisor sees what the PDF says.
 */
export function PdfSnippet({ correction }: { correction: Pick<CorrectionRecord, 'documentId' | 'page' | 'box'> }) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<SnippetState>('waiting');
  const { documentId, page: pageNumber } = correction;
  // By value: a reloaded queue brings new objects for the same boxes, which need no redraw.
  const { x0, y0, x1, y1 } = correction.box;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let live = true;
    let task: RenderTask | null = null;

    const box = { x0, y0, x1, y1 };
    const draw = async () => {
      const pdf = await snippetPdf(documentId);
      const page = await pdf.getPage(pageNumber);
      if (!live) return;
      // Boxes are in page units at 100 %: cut the region there, then pick the scale that fits it into the snippet.
      const actual = page.getViewport({ scale: 1 });
      const region = cropAround(rectOfBox(box), actual.width, actual.height, CONTEXT);
      const scale = Math.min(MAX_SCALE, WIDTH / region.width, MAX_HEIGHT / region.height);
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio, offsetX: -region.x * scale * ratio, offsetY: -region.y * scale * ratio });
      canvas.width = Math.ceil(region.width * scale * ratio);
      canvas.height = Math.ceil(region.height * scale * ratio);
      canvas.style.width = `${Math.round(region.width * scale)}px`;
      canvas.style.height = `${Math.round(region.height * scale)}px`;
      task = page.render({ canvas, viewport });
      await task.promise;
      if (!live) return;
      const drawn = rectOfBox(box, scale * ratio);
      outline(canvas, { ...drawn, x: drawn.x - region.x * scale * ratio, y: drawn.y - region.y * scale * ratio }, ratio);
      setState('drawn');
    };

    // Drawn only once on screen: a long queue does not open every filing at once.
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      draw().catch((error: unknown) => {
        if (live && !(error instanceof RenderingCancelledException)) setState('failed');
      });
    });
    observer.observe(canvas);
    return () => {
      live = false;
      observer.disconnect();
      task?.cancel();
    };
  }, [documentId, pageNumber, x0, y0, x1, y1]);

  return (
    <div className="pdf-snippet" data-state={state}>
      <canvas
        ref={canvasRef}
        className="pdf-snippet-canvas"
        data-testid="queue-snippet"
        data-state={state}
        role="img"
        aria-label={t('queue.snippetLabel', { page: pageNumber })}
      />
      {state === 'waiting' && <span className="pdf-snippet-note">{t('queue.snippetLoading')}</span>}
      {state === 'failed' && <span className="pdf-snippet-note">{t('queue.snippetFailed')}</span>}
      <span className="pdf-snippet-page">{t('queue.page', { page: pageNumber })}</span>
    </div>
  );
}

/** The corrected figure, outlined in the accent colour over the drawn page. */
function outline(canvas: HTMLCanvasElement, rect: Rect, ratio: number): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const pad = 2 * ratio;
  context.fillStyle = 'rgba(255, 196, 0, 0.22)';
  context.fillRect(rect.x - pad, rect.y - pad, rect.width + 2 * pad, rect.height + 2 * pad);
  context.strokeStyle = '#d92d20';
  context.lineWidth = 1.5 * ratio;
  context.strokeRect(rect.x - pad, rect.y - pad, rect.width + 2 * pad, rect.height + 2 * pad);
}

import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { RenderingCancelledException } from './pdfjs';
import { enqueueThumbnail } from './thumbnailQueue';

type Props = {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  width: number;
  height: number;
  visible: boolean;
  current: boolean;
  onOpen: (page: number) => void;
};

const MAX_THUMBNAIL_HEIGHT = 1000;

/** One page in the sidebar: a small canvas painted only while it is (nearly) on screen. */
export const Thumbnail = memo(function Thumbnail({ pdf, pageNumber, width, height, visible, current, onOpen }: Props) {
  const { t } = useTranslation();
  const hostRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!visible || !host) return;
    let live = true;
    let task: RenderTask | null = null;
    const cancel = enqueueThumbnail(async () => {
      try {
        const page = await pdf.getPage(pageNumber);
        if (!live) return;
        const base = page.getViewport({ scale: 1 });
        const ratio = window.devicePixelRatio || 1;
        // A page box can be absurd (a hostile 10 × 10⁹ pt page): never ask for more pixels than a thumbnail needs.
        const scale = Math.min(width / base.width, MAX_THUMBNAIL_HEIGHT / base.height) * ratio;
        const viewport = page.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        task = page.render({ canvas, viewport });
        await task.promise;
        if (live) host.replaceChildren(canvas);
      } catch (error) {
        if (!(error instanceof RenderingCancelledException)) host.dataset.failed = 'true';
      }
    });
    return () => {
      live = false;
      cancel();
      task?.cancel();
      // Far from view: give the pixels back.
      host.replaceChildren();
    };
  }, [visible, pdf, pageNumber, width]);

  return (
    <li className="thumbnail-entry" data-page-number={pageNumber}>
      <button
        type="button"
        className={`thumbnail${current ? ' current' : ''}`}
        data-testid="thumbnail"
        data-page={pageNumber}
        aria-current={current ? 'page' : undefined}
        aria-label={t('viewer.pageLabel', { page: pageNumber })}
        onClick={() => onOpen(pageNumber)}
      >
        <span ref={hostRef} className="thumbnail-canvas" style={{ width, height }} />
        <span className="thumbnail-number">{pageNumber}</span>
      </button>
    </li>
  );
});

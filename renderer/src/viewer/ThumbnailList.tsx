import { useCallback, useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useFiling } from '../state/filing';
import { Thumbnail } from './Thumbnail';
import type { ViewerKit } from './viewerKit';

const THUMB_WIDTH = 112;
/** Thumbnails this far outside the list's view are painted ahead / kept. */
const NEAR_MARGIN = '400px 0px';

/** Every page as a thumbnail; only those near the view hold a canvas. */
export function ThumbnailList({ kit, pdf }: { kit: ViewerKit; pdf: PDFDocumentProxy }) {
  const listRef = useRef<HTMLOListElement>(null);
  const page = useFiling((state) => state.page);
  const goToPage = useFiling((state) => state.goToPage);
  const [visible, setVisible] = useState<ReadonlySet<number>>(() => new Set());
  // Placeholders take page 1's proportions; pages of another shape still fit the box.
  const [aspect, setAspect] = useState(1.414);

  useEffect(() => {
    let live = true;
    void pdf.getPage(1).then((first) => {
      const { width, height } = first.getViewport({ scale: 1 });
      if (live && width > 0) setAspect(height / width);
    });
    return () => {
      live = false;
    };
  }, [pdf]);

  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const observer = new IntersectionObserver(
      (entries) =>
        setVisible((previous) => {
          const next = new Set(previous);
          for (const entry of entries) {
            const pageNumber = Number((entry.target as HTMLElement).dataset.pageNumber);
            if (entry.isIntersecting) next.add(pageNumber);
            else next.delete(pageNumber);
          }
          return next;
        }),
      { root: list, rootMargin: NEAR_MARGIN },
    );
    for (const item of list.querySelectorAll('[data-page-number]')) observer.observe(item);
    return () => observer.disconnect();
  }, [pdf]);

  // The current page's thumbnail follows the reader.
  useEffect(() => {
    listRef.current
      ?.querySelector(`[data-page-number="${page}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [page]);

  const open = useCallback(
    (pageNumber: number) => {
      goToPage(pageNumber);
      kit.viewer.container.focus({ preventScroll: true });
    },
    [goToPage, kit],
  );

  return (
    <ol ref={listRef} className="thumbnail-list" data-testid="thumbnail-list">
      {Array.from({ length: pdf.numPages }, (_, index) => (
        <Thumbnail
          key={index + 1}
          pdf={pdf}
          pageNumber={index + 1}
          width={THUMB_WIDTH}
          height={Math.round(THUMB_WIDTH * aspect)}
          visible={visible.has(index + 1)}
          current={index + 1 === page}
          onOpen={open}
        />
      ))}
    </ol>
  );
}

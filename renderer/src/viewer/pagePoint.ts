/** Turns a mouse position over the PDF into a point on a page, in PDF points (origin top-left). */
import { pageView, type ViewerKit } from './viewerKit';

export type PagePoint = { page: number; x: number; y: number };

export function pagePointAt(kit: ViewerKit, target: EventTarget | null, clientX: number, clientY: number): PagePoint | null {
  if (!(target instanceof Element)) return null;
  const div = target.closest<HTMLElement>('.page[data-page-number]');
  const page = Number(div?.dataset.pageNumber);
  const view = Number.isFinite(page) ? pageView(kit, page) : null;
  if (!div || !view) return null;
  const rect = div.getBoundingClientRect();
  const scale = view.viewport.scale;
  return {
    page,
    x: (clientX - rect.left - div.clientLeft) / scale,
    y: (clientY - rect.top - div.clientTop) / scale,
  };
}

/** Turns a mouse position over the PDF into a point on a page, in PDF points (origin top-left). */
import { pageFrame, toPagePoint, type PageFrame } from './pageRects';
import { pageView, type ViewerKit } from './viewerKit';

export type PagePoint = { page: number; x: number; y: number };

/** The page under an element, with its screen frame. */
export function pageAt(kit: ViewerKit, target: EventTarget | Node | null): { page: number; div: HTMLElement; frame: PageFrame } | null {
  const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  const div = element?.closest<HTMLElement>('.page[data-page-number]');
  const page = Number(div?.dataset.pageNumber);
  const view = Number.isFinite(page) ? pageView(kit, page) : null;
  if (!div || !view) return null;
  return { page, div, frame: pageFrame(div, view.viewport.scale) };
}

export function pagePointAt(kit: ViewerKit, target: EventTarget | null, clientX: number, clientY: number): PagePoint | null {
  const at = pageAt(kit, target);
  return at && { page: at.page, ...toPagePoint(at.frame, clientX, clientY) };
}

/**
 * The selected cell's or figure's box, drawn inside its page div. Boxes are PDF points
 * with the origin at the page's top-left, y down (pdf.js viewport units at scale 1), so
 * they are scaled by the viewer's own `--scale-factor` in CSS: the box follows every
 * zoom without any script.
 */
import type { Box } from '../state/docMemory';
import { placeBox } from './pageLayer';
import { pageView, type ViewerKit } from './viewerKit';

export type HighlightTarget = { page: number; box: Box };

const HIGHLIGHT_CLASS = 'gouji-highlight';

export const boxAttribute = (box: Box) => [box.x0, box.y0, box.x1, box.y1].join(',');

/** Puts the highlight on its page (removing any other); does nothing if it is already there. */
export function drawHighlight(kit: ViewerKit, target: HighlightTarget | null): void {
  const key = target ? `${target.page}:${boxAttribute(target.box)}` : '';
  for (const element of kit.viewer.container.querySelectorAll<HTMLElement>(`.${HIGHLIGHT_CLASS}`)) {
    if (element.dataset.key !== key) element.remove();
  }
  if (!target) return;
  const div = pageView(kit, target.page)?.div;
  if (!div || div.querySelector(`.${HIGHLIGHT_CLASS}`)) return;
  const { box } = target;
  const element = document.createElement('div');
  element.className = HIGHLIGHT_CLASS;
  element.dataset.testid = 'pdf-highlight';
  element.dataset.page = String(target.page);
  element.dataset.box = boxAttribute(box);
  element.dataset.key = key;
  element.setAttribute('aria-hidden', 'true');
  placeBox(element, box);
  div.append(element);
}

/** Margin kept above a box scrolled into view, as a share of the pane height. */
const SCROLL_MARGIN = 0.3;

/** Scrolls the PDF so the box is in view (left alone if it already is). */
export function scrollToBox(kit: ViewerKit, target: HighlightTarget): void {
  const view = pageView(kit, target.page);
  if (!view) return;
  const { container } = kit.viewer;
  const scale = view.viewport.scale;
  // Measured, not summed from offsets: the page's position in the scrolled content.
  const pageRect = view.div.getBoundingClientRect();
  const containerRect = container.getBoundingClientRect();
  const pageTop = container.scrollTop + pageRect.top - containerRect.top + view.div.clientTop;
  const pageLeft = container.scrollLeft + pageRect.left - containerRect.left + view.div.clientLeft;
  const top = pageTop + target.box.y0 * scale;
  const bottom = pageTop + target.box.y1 * scale;
  const left = pageLeft + target.box.x0 * scale;
  const right = pageLeft + target.box.x1 * scale;
  const viewTop = container.scrollTop;
  const viewBottom = viewTop + container.clientHeight;
  if (top < viewTop || bottom > viewBottom) {
    container.scrollTop = Math.max(0, top - container.clientHeight * SCROLL_MARGIN);
  }
  const viewLeft = container.scrollLeft;
  if (left < viewLeft || right > viewLeft + container.clientWidth) {
    container.scrollLeft = Math.max(0, left - 24);
  }
}

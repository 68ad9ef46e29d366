/**
 * A text selection in pdf.js's text layer as an annotation anchor: the page it starts
 * on, one box per line (in page points) and the quoted text.
 */
import type { AnnotationAnchor } from '../../../shared/api/contract';
import { pageAt } from './pagePoint';
import { groupIntoLines, roundBox, toClientRect, toPageBox } from './pageRects';
import { pageView, type ViewerKit } from './viewerKit';

/** As many rects as the API takes, and as much quoted text. */
const MAX_RECTS = 200;
const MAX_QUOTE = 4000;

export type SelectionAnchor = { anchor: AnnotationAnchor; at: { x: number; y: number } };

export function selectionAnchor(kit: ViewerKit, container: HTMLElement, selection: Selection | null): SelectionAnchor | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  if (!start?.closest('.textLayer')) return null;
  const at = pageAt(kit, range.startContainer);
  const view = at && pageView(kit, at.page);
  if (!at || !view) return null;
  const width = view.viewport.width / view.viewport.scale;
  const height = view.viewport.height / view.viewport.scale;
  // Only what lies on the page the selection starts on: an anchor is one page.
  const onPage = [...range.getClientRects()]
    .map((rect) => toPageBox(at.frame, rect))
    .filter((box) => {
      const x = (box.x0 + box.x1) / 2;
      const y = (box.y0 + box.y1) / 2;
      return x >= 0 && x <= width && y >= 0 && y <= height;
    });
  const rects = groupIntoLines(onPage).slice(0, MAX_RECTS).map(roundBox);
  const quote = selection.toString().replace(/\s+/g, ' ').trim().slice(0, MAX_QUOTE);
  const last = rects.at(-1);
  if (!last || quote === '') return null;
  const end = toClientRect(at.frame, last);
  return { anchor: { kind: 'text', page: at.page, rects, quote }, at: { x: end.right, y: end.bottom } };
}

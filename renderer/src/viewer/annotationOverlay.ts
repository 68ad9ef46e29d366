/**
 * Annotations drawn on the PDF, inside each page div like the check overlay: a tinted
 * box per rect (a region outlined, a text span like a highlighter pen), coloured by the
 * note's tone, and a pin at the first rect's top corner that takes the mouse (the
 * boxes let clicks and text selection through to the page). A draft being written shows
 * dashed, without a pin.
 */
import type { AnnotationAnchor } from '../../../shared/api/contract';
import type { AnnotationTone } from '../annotations/annotationModel';
import type { Box } from '../state/docMemory';
import { placeBox, points, syncLayer } from './pageLayer';
import { pageView, type ViewerKit } from './viewerKit';

/** `id` null: the draft. */
export type AnnotationMark = {
  id: number | null;
  page: number;
  kind: AnnotationAnchor['kind'];
  rects: readonly Box[];
  tone: AnnotationTone;
  status: string;
  selected: boolean;
  /** The pin's tooltip and accessible name. */
  label: string;
};
export type AnnotationOverlay = ReadonlyMap<number, AnnotationMark[]>;

const LAYER = 'gouji-annotations';
/** The pin's size in points. */
const PIN = 10;

function drawMark(mark: AnnotationMark): HTMLElement[] {
  const id = mark.id === null ? 'draft' : String(mark.id);
  const classes = ['gouji-annotation', `kind-${mark.kind}`, `tone-${mark.tone}`, mark.selected ? 'selected' : '', mark.id === null ? 'draft' : '']
    .filter(Boolean)
    .join(' ');
  const boxes = mark.rects.map((rect) => {
    const element = document.createElement('div');
    element.className = classes;
    element.dataset.testid = mark.id === null ? 'pdf-annotation-draft' : 'pdf-annotation';
    element.dataset.annotationId = id;
    element.dataset.status = mark.status;
    element.setAttribute('aria-hidden', 'true');
    placeBox(element, rect);
    return element;
  });
  const first = mark.rects[0];
  if (mark.id === null || !first) return boxes;
  const pin = document.createElement('span');
  pin.className = `gouji-annotation-pin tone-${mark.tone}${mark.selected ? ' selected' : ''}`;
  pin.dataset.testid = 'pdf-annotation-pin';
  pin.dataset.annotationId = id;
  pin.title = mark.label;
  pin.setAttribute('role', 'button');
  pin.setAttribute('aria-label', mark.label);
  // A cell's or figure's top-right corner holds its tickmark: its pin goes top-left.
  const x = mark.kind === 'cell' || mark.kind === 'figure' ? first.x0 : first.x1;
  Object.assign(pin.style, { left: points(x - PIN / 2), top: points(first.y0 - PIN / 2), width: points(PIN), height: points(PIN) });
  return [...boxes, pin];
}

const markKey = (mark: AnnotationMark) =>
  `${mark.id ?? 'draft'}:${mark.tone}:${mark.status}:${mark.selected}:${mark.label}:${mark.rects.map((rect) => [rect.x0, rect.y0, rect.x1, rect.y1].join(' ')).join(';')}`;

/** Brings the given pages (all when none given) in line with the annotations. */
export function drawAnnotationOverlay(kit: ViewerKit, overlay: AnnotationOverlay, pages?: readonly number[]): void {
  const all = pages ?? Array.from({ length: kit.viewer.pagesCount }, (_, index) => index + 1);
  for (const page of all) {
    const div = pageView(kit, page)?.div;
    if (!div) continue;
    const marks = overlay.get(page) ?? [];
    syncLayer(div, LAYER, marks, marks.map(markKey).join('|'), drawMark);
  }
}

const FLASH_CLASS = 'gouji-flash';
const FLASH_MS = 1600;

/** Flashes boxes of a page for a moment (the place a list item points at). */
export function flashBoxes(kit: ViewerKit, page: number, rects: readonly Box[]): void {
  const div = pageView(kit, page)?.div;
  if (!div) return;
  for (const old of div.querySelectorAll(`:scope > .${FLASH_CLASS}`)) old.remove();
  for (const rect of rects) {
    const element = document.createElement('div');
    element.className = FLASH_CLASS;
    element.dataset.testid = 'pdf-flash';
    element.setAttribute('aria-hidden', 'true');
    placeBox(element, rect);
    div.append(element);
    window.setTimeout(() => element.remove(), FLASH_MS);
  }
}

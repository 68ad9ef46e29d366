/**
 * What checks draw on the PDF, inside each page div like the selection highlight (so
 * it follows every zoom through the viewer's `--scale-factor`): an auditor's tickmark
 * just right of every checked figure, and the boxes of the figures the selected result
 * read (the checked figure stronger). Each page holds one layer per kind, redrawn only
 * when its content changes; pdf.js dropping a page's children is repaired by redrawing.
 */
import type { CheckStatus } from '../checks/checkModel';
import { STATUS_SYMBOL } from '../checks/checkModel';
import type { Box } from '../state/docMemory';
import { placeBox, points, syncLayer } from './pageLayer';
import { pageView, type ViewerKit } from './viewerKit';

/** `inCell`: a table figure, whose box is its whole cell (just right of a tall cell would read as the next cell's). */
export type Tickmark = { figureId: number; page: number; box: Box; status: CheckStatus; label: string; inCell: boolean };
export type InvolvedFigure = { figureId: number; page: number; box: Box; primary: boolean };
export type CheckOverlay = { tickmarks: ReadonlyMap<number, Tickmark[]>; involved: ReadonlyMap<number, InvolvedFigure[]> };

export const EMPTY_OVERLAY: CheckOverlay = { tickmarks: new Map(), involved: new Map() };

const TICK_LAYER = 'gouji-tickmarks';
const INVOLVED_LAYER = 'gouji-check-highlights';
/** The tickmark's size and its gap from the figure's box, in PDF points. */
const TICK_SIZE = 9;
const CELL_TICK_SIZE = 9;
/** A cell at least this tall (points) has room for the mark above its number. */
const ROOMY_CELL = 24;
const TICK_GAP = 1;

export function groupByPage<T extends { page: number }>(items: Iterable<T>): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const onPage = out.get(item.page);
    if (onPage) onPage.push(item);
    else out.set(item.page, [item]);
  }
  return out;
}

function drawTickmark(mark: Tickmark): HTMLElement {
  const element = document.createElement('span');
  element.className = `gouji-tickmark tick-${mark.status}`;
  element.dataset.testid = 'tickmark';
  element.dataset.figureId = String(mark.figureId);
  element.dataset.status = mark.status;
  element.title = mark.label;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', mark.label);
  element.textContent = STATUS_SYMBOL[mark.status];
  const { box } = mark;
  // A cell with room above its (vertically centred) number takes the mark in its top-right
  // corner; a figure's tight box, or a one-line cell, has it just right of the box.
  const inside = mark.inCell && box.y1 - box.y0 >= ROOMY_CELL;
  const size = inside ? CELL_TICK_SIZE : TICK_SIZE;
  const left = inside ? box.x1 - size - TICK_GAP : box.x1 + TICK_GAP;
  const top = inside ? box.y0 + TICK_GAP : (box.y0 + box.y1) / 2 - size / 2;
  element.classList.toggle('in-cell', inside);
  Object.assign(element.style, {
    left: points(left),
    top: points(top),
    width: points(size),
    height: points(size),
    fontSize: points(size),
  });
  return element;
}

function drawInvolved(figure: InvolvedFigure): HTMLElement {
  const element = document.createElement('div');
  element.className = `gouji-check-highlight${figure.primary ? ' primary' : ''}`;
  element.dataset.testid = 'check-highlight';
  element.dataset.figureId = String(figure.figureId);
  element.dataset.primary = String(figure.primary);
  element.setAttribute('aria-hidden', 'true');
  placeBox(element, figure.box);
  return element;
}

/** Brings the given pages (all when none given) in line with the overlay. */
export function drawCheckOverlay(kit: ViewerKit, overlay: CheckOverlay, pages?: readonly number[]): void {
  const all = pages ?? Array.from({ length: kit.viewer.pagesCount }, (_, index) => index + 1);
  for (const page of all) {
    const div = pageView(kit, page)?.div;
    if (!div) continue;
    const marks = overlay.tickmarks.get(page) ?? [];
    syncLayer(div, TICK_LAYER, marks, marks.map((mark) => `${mark.figureId}:${mark.status}:${mark.label}`).join(','), drawTickmark);
    const involved = overlay.involved.get(page) ?? [];
    syncLayer(div, INVOLVED_LAYER, involved, involved.map((figure) => `${figure.figureId}:${figure.primary}`).join(','), drawInvolved);
  }
}

/**
 * What this app draws inside pdf.js's page divs (highlights, tickmarks, annotations):
 * boxes in page points, placed with the viewer's own `--scale-factor` so they follow
 * every zoom without any script, in one layer per kind redrawn only when it changes.
 */
import type { Box } from '../state/docMemory';

export const points = (value: number) => `calc(var(--scale-factor) * ${value}px)`;

/** Positions an absolutely placed element over a box of its page. */
export function placeBox(element: HTMLElement, box: Box): void {
  Object.assign(element.style, {
    left: points(box.x0),
    top: points(box.y0),
    width: points(Math.max(0, box.x1 - box.x0)),
    height: points(Math.max(0, box.y1 - box.y0)),
  });
}

/** Replaces a page's layer of one kind when its key changed (an empty list removes it). */
export function syncLayer<T>(div: HTMLElement, className: string, items: readonly T[], key: string, draw: (item: T) => HTMLElement | HTMLElement[]): void {
  const existing = div.querySelector<HTMLElement>(`:scope > .${className}`);
  if (existing?.dataset.key === key) return;
  existing?.remove();
  if (items.length === 0) return;
  const layer = document.createElement('div');
  layer.className = className;
  layer.dataset.key = key;
  layer.append(...items.flatMap(draw));
  div.append(layer);
}

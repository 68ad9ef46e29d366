/**
 * Where the PDF snippet of a correction is cut from its page. A correction's box is its
 * figure's or cell's: PDF points with the origin at the page's top-left, y down (pdf.js
 * viewport units at scale 1, as the viewer's highlights use them). The snippet is the box
 * with some of the page around it, kept inside the page.
 */
import type { Box } from '../state/docMemory';

export type Rect = { x: number; y: number; width: number; height: number };

export function rectOfBox({ x0, y0, x1, y1 }: Box, scale = 1): Rect {
  return { x: Math.min(x0, x1) * scale, y: Math.min(y0, y1) * scale, width: Math.abs(x1 - x0) * scale, height: Math.abs(y1 - y0) * scale };
}

export type CropOptions = {
  /** The snippet is at least this wide (in the same units), so a short number comes with its row. */
  minWidth: number;
  /** Context above and below the box. */
  padding: number;
};

/** The region around `box` to show, inside a page of `pageWidth` × `pageHeight`. */
export function cropAround(box: Rect, pageWidth: number, pageHeight: number, { minWidth, padding }: CropOptions): Rect {
  const width = Math.min(pageWidth, Math.max(minWidth, box.width + 2 * padding));
  const height = Math.min(pageHeight, box.height + 2 * padding);
  const centreX = box.x + box.width / 2;
  const centreY = box.y + box.height / 2;
  const x = Math.min(Math.max(0, centreX - width / 2), pageWidth - width);
  const y = Math.min(Math.max(0, centreY - height / 2), pageHeight - height);
  return { x, y, width, height };
}

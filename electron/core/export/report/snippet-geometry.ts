/**
 * Which part of a page a snippet shows: a band across the page's text width around the
 * boxes (so a number keeps its row label beside it), with some lines of context above and
 * below, cut to a readable height. Boxes and result are PDF points, origin top-left.
 */
import type { Box } from '../../../../shared/domain/extraction/types';

export const SNIPPET_CONTEXT_PT = 36;
export const SNIPPET_MAX_HEIGHT_PT = 420;
const SIDE_MARGIN_SHARE = 0.06;
const BOX_PADDING_PT = 10;

export function snippetRegion(boxes: readonly Box[], page: { width: number; height: number }): Box {
  const minX = Math.min(...boxes.map((b) => b.x0));
  const maxX = Math.max(...boxes.map((b) => b.x1));
  const minY = Math.min(...boxes.map((b) => b.y0));
  const maxY = Math.max(...boxes.map((b) => b.y1));
  const x0 = Math.max(0, Math.min(minX - BOX_PADDING_PT, page.width * SIDE_MARGIN_SHARE));
  const x1 = Math.min(page.width, Math.max(maxX + BOX_PADDING_PT, page.width * (1 - SIDE_MARGIN_SHARE)));
  const y0 = Math.max(0, minY - SNIPPET_CONTEXT_PT);
  const y1 = Math.min(page.height, maxY + SNIPPET_CONTEXT_PT, y0 + SNIPPET_MAX_HEIGHT_PT);
  return { x0, y0, x1, y1: Math.max(y1, Math.min(page.height, y0 + 1)) };
}

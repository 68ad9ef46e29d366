/**
 * Screen ↔ page geometry. A page's boxes are PDF points with the origin at the page's
 * top-left, y down (pdf.js's viewport at scale 1) — the space every stored cell and
 * figure box is in, and so the space annotation rects are stored in. A page div shows
 * them scaled by its viewport's scale (CSS px per point) from its content box's corner.
 */
import type { Box } from '../state/docMemory';

/** Where a page's content starts on screen (client px) and how many CSS px one point takes. */
export type PageFrame = { left: number; top: number; scale: number };
export type ClientRectLike = { left: number; top: number; right: number; bottom: number };

export function pageFrame(div: HTMLElement, scale: number): PageFrame {
  const rect = div.getBoundingClientRect();
  return { left: rect.left + div.clientLeft, top: rect.top + div.clientTop, scale };
}

export function toPagePoint(frame: PageFrame, clientX: number, clientY: number): { x: number; y: number } {
  return { x: (clientX - frame.left) / frame.scale, y: (clientY - frame.top) / frame.scale };
}

/** Two points in either order → a box with x0 ≤ x1 and y0 ≤ y1. */
export function boxFromCorners(a: { x: number; y: number }, b: { x: number; y: number }): Box {
  return { x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y) };
}

export function toPageBox(frame: PageFrame, rect: ClientRectLike): Box {
  return boxFromCorners(toPagePoint(frame, rect.left, rect.top), toPagePoint(frame, rect.right, rect.bottom));
}

export function toClientRect(frame: PageFrame, box: Box): ClientRectLike {
  return {
    left: frame.left + box.x0 * frame.scale,
    top: frame.top + box.y0 * frame.scale,
    right: frame.left + box.x1 * frame.scale,
    bottom: frame.top + box.y1 * frame.scale,
  };
}

/** Keeps a box on its page (width × height points). */
export function clampBox(box: Box, width: number, height: number): Box {
  const clamp = (value: number, high: number) => Math.min(high, Math.max(0, value));
  return { x0: clamp(box.x0, width), y0: clamp(box.y0, height), x1: clamp(box.x1, width), y1: clamp(box.y1, height) };
}

/** Two decimals of a point are far finer than print: stored boxes stay short. */
export function roundBox(box: Box): Box {
  const round = (value: number) => Math.round(value * 100) / 100;
  return { x0: round(box.x0), y0: round(box.y0), x1: round(box.x1), y1: round(box.y1) };
}

export const boxWidth = (box: Box) => Math.max(0, box.x1 - box.x0);
export const boxHeight = (box: Box) => Math.max(0, box.y1 - box.y0);

export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  return boxes.reduce((a, b) => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) }));
}

/** A drawn region smaller than this (points, either side) was a click, not a region. */
export const MIN_REGION = 4;

export function isRegion(box: Box): boolean {
  return boxWidth(box) >= MIN_REGION && boxHeight(box) >= MIN_REGION;
}

/** A rect this many times the typical line height is an element's box (a whole text layer), not text. */
const TALL_FACTOR = 2.5;
/** Two boxes are on one line when they share at least this share of the shorter one's height. */
const SAME_LINE = 0.5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function verticalOverlap(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}

/**
 * The boxes of a text selection (one per text-layer span, often several per line, and
 * sometimes an enclosing element's box) → one box per line, top to bottom.
 */
export function groupIntoLines(boxes: readonly Box[]): Box[] {
  const filled = boxes.filter((box) => boxWidth(box) > 0.5 && boxHeight(box) > 0.5);
  if (filled.length === 0) return [];
  const typical = median(filled.map(boxHeight));
  const text = filled.filter((box) => boxHeight(box) <= typical * TALL_FACTOR);
  const sorted = [...text].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2 || a.x0 - b.x0);
  const lines: Box[] = [];
  for (const box of sorted) {
    const last = lines.at(-1);
    if (last && verticalOverlap(last, box) >= SAME_LINE * Math.min(boxHeight(last), boxHeight(box))) {
      lines[lines.length - 1] = unionBox([last, box])!;
    } else {
      lines.push(box);
    }
  }
  return lines.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/**
 * Reads what table detection needs from one pdf.js page: the text runs with top-left
 * boxes, the drawn rules (segments), the larger drawn rectangles, and how much of the
 * page is covered by images. Everything is in viewport coordinates at scale 1 (PDF
 * points, origin top-left, y down): the viewport matrix is the base of the current
 * transformation matrix, so /Rotate and CropBox offsets come out right.
 *
 * pdf.js 5 batches path construction: every painted (or clipping) path arrives as one
 * `OPS.constructPath` with args `[paintOp, [Float32Array | null], minMax | null]`, the
 * buffer holding DrawOPS codes (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3,
 * closePath 4) followed by their user-space coordinates.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type { Box, PageGeometry, PositionedText, Rect, Segment } from '../../../shared/domain/extraction/types';
import { normalizeText } from '../../../shared/domain/text-lines';
import { NO_ARGS, type TextFont, type TextItem } from './operator-text';
import { readTextItems } from './page-text';
import { ANNOTATION_MODE_DISABLE, OPS } from './pdf-operators';

/** [a, b, c, d, e, f] as in PDF: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

/** A filled rectangle thinner than this (points) reads as a rule, not a box. */
const THIN_RULE_PT = 2;
/** Strokes wider than this are bands (shading), not rules. */
const MAX_RULE_WIDTH_PT = 3;
/** Rules shorter than this are glyph debris, bullets or dots. */
const MIN_RULE_LENGTH_PT = 1.5;
/** Coordinates within this distance count as equal when deciding "axis-aligned". */
const AXIS_EPSILON_PT = 0.25;
/** Image coverage is measured on a coarse grid so overlapping images are not counted twice. */
const COVERAGE_GRID = 48;
/** pdf.js text styles for Type 3 and some CID fonts carry no ascent/descent. */
const DEFAULT_ASCENT = 0.85;
const DEFAULT_DESCENT = -0.15;

/** Images this small (points, both sides) are tiles of a dotted rule, not pictures. */
const MAX_TILE_PT = 2;
/** Tiles of one rule follow each other with at most this gap… */
const MAX_TILE_GAP_PT = 1.5;
/** …and make a rule only when there are enough of them over enough length. */
const MIN_TILES_PER_RULE = 4;
const MIN_TILE_RULE_PT = 6;

const DRAW_MOVE_TO = 0;
const DRAW_LINE_TO = 1;
const DRAW_CURVE_TO = 2;
const DRAW_QUADRATIC_CURVE_TO = 3;
const DRAW_CLOSE_PATH = 4;

function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

function asMatrix(value: unknown): Matrix | null {
  if (!value || typeof value !== 'object' || !('length' in value) || (value as ArrayLike<unknown>).length < 6) return null;
  const m = Array.from(value as ArrayLike<unknown>, Number);
  return m.slice(0, 6).every(Number.isFinite) ? (m.slice(0, 6) as Matrix) : null;
}

// ---------------------------------------------------------------- text

/** The run's glyph box (baseline, ascent, descent) mapped through the viewport: rotation-safe. */
function runBox(item: TextItem, font: TextFont | undefined, viewport: Matrix): PositionedText {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
  const along = Math.hypot(a, b) || 1;
  const across = Math.hypot(c, d) || 1;
  const size = item.height || across;
  const ascent = typeof font?.ascent === 'number' && font.ascent > 0 ? font.ascent : DEFAULT_ASCENT;
  const descent = typeof font?.descent === 'number' && font.descent < 0 ? font.descent : DEFAULT_DESCENT;
  const ux = a / along;
  const uy = b / along;
  const vx = c / across;
  const vy = d / across;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const w of [0, item.width]) {
    for (const h of [descent * size, ascent * size]) {
      const px = e + ux * w + vx * h;
      const py = f + uy * w + vy * h;
      const x = viewport[0] * px + viewport[2] * py + viewport[4];
      const y = viewport[1] * px + viewport[3] * py + viewport[5];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return { text: normalizeText(item.str), box: { x0, y0, x1, y1 }, size };
}

/** Text runs in page coordinates; pdf.js's gap-filling " " items (they span cell borders) are not runs. */
function runsOf(items: readonly TextItem[], fonts: ReadonlyMap<string, TextFont | undefined>, viewport: Matrix): PositionedText[] {
  const runs: PositionedText[] = [];
  for (const item of items) {
    const run = runBox(item, fonts.get(item.fontName), viewport);
    if (run.text.trim() !== '') runs.push(run);
  }
  return runs;
}

// ---------------------------------------------------------------- drawing

/** A tiny image: one dot or dash of a dotted rule. */
type TileBox = Box;

interface GraphicsState {
  ctm: Matrix;
  lineWidth: number;
  fillVisible: boolean;
  strokeVisible: boolean;
  fillAlpha: number;
  strokeAlpha: number;
}

/** Near-white paint (cell backgrounds, "erasing" rectangles) never reads as a rule. */
function isVisibleColor(hex: unknown): boolean {
  if (typeof hex !== 'string' || !/^#[0-9a-f]{6}$/iu.test(hex)) return true; // patterns and the like: assume visible
  const channel = (i: number): number => Number.parseInt(hex.slice(i, i + 2), 16);
  return Math.min(channel(1), channel(3), channel(5)) < 0xf0;
}

class GeometryCollector {
  readonly segments: Segment[] = [];
  readonly rects: Rect[] = [];
  private readonly coverage = new Uint8Array(COVERAGE_GRID * COVERAGE_GRID);
  private hasImages = false;
  private readonly tiles: TileBox[] = [];
  /** Reused point buffer for one subpath, in page coordinates. */
  private xs: number[] = [];
  private ys: number[] = [];

  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {}

  imageCoverage(): number {
    if (!this.hasImages) return 0;
    let covered = 0;
    for (const cell of this.coverage) covered += cell;
    return covered / this.coverage.length;
  }

  /** An image fills the unit square of its matrix. */
  addImage(m: Matrix): void {
    const x0 = Math.min(m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]);
    const x1 = Math.max(m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]);
    const y0 = Math.min(m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]);
    const y1 = Math.max(m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]);
    if (x1 - x0 <= MAX_TILE_PT && y1 - y0 <= MAX_TILE_PT) {
      this.tiles.push({ x0, y0, x1, y1 });
      return;
    }
    const cellW = this.width / COVERAGE_GRID;
    const cellH = this.height / COVERAGE_GRID;
    const c0 = Math.max(0, Math.ceil(x0 / cellW - 0.5));
    const c1 = Math.min(COVERAGE_GRID - 1, Math.floor(x1 / cellW - 0.5));
    const r0 = Math.max(0, Math.ceil(y0 / cellH - 0.5));
    const r1 = Math.min(COVERAGE_GRID - 1, Math.floor(y1 / cellH - 0.5));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) this.coverage[r * COVERAGE_GRID + c] = 1;
    this.hasImages = true;
  }

  /**
   * Word draws dotted and dashed table borders as thousands of tiny images laid end to
   * end: runs of tiles along one line become rules.
   */
  addTileRules(): void {
    if (this.tiles.length === 0) return;
    this.chainTiles(
      (t) => (t.x0 + t.x1) / 2,
      (t) => t.y0,
      (t) => t.y1,
      (pos, from, to) => this.addSegment(pos, from, pos, to),
    );
    this.chainTiles(
      (t) => (t.y0 + t.y1) / 2,
      (t) => t.x0,
      (t) => t.x1,
      (pos, from, to) => this.addSegment(from, pos, to, pos),
    );
  }

  /** Tiles grouped by their position across the rule (within a tolerance), then chained along it. */
  private chainTiles(
    across: (t: TileBox) => number,
    start: (t: TileBox) => number,
    end: (t: TileBox) => number,
    emit: (pos: number, from: number, to: number) => void,
  ): void {
    const sorted = [...this.tiles].sort((a, b) => across(a) - across(b));
    let first = 0;
    while (first < sorted.length) {
      let last = first + 1;
      while (last < sorted.length && across(sorted[last]!) - across(sorted[last - 1]!) <= AXIS_EPSILON_PT) last++;
      const line = sorted.slice(first, last).sort((a, b) => start(a) - start(b));
      const pos = across(line[0]!);
      let from = start(line[0]!);
      let to = end(line[0]!);
      let count = 0;
      for (const tile of line) {
        if (start(tile) - to > MAX_TILE_GAP_PT) {
          if (count >= MIN_TILES_PER_RULE && to - from >= MIN_TILE_RULE_PT) emit(pos, from, to);
          from = start(tile);
          count = 0;
        }
        to = Math.max(to, end(tile));
        count++;
      }
      if (count >= MIN_TILES_PER_RULE && to - from >= MIN_TILE_RULE_PT) emit(pos, from, to);
      first = last;
    }
  }

  addPath(buffer: Float32Array, state: GraphicsState, stroke: boolean, fill: boolean): void {
    const stroked = stroke && state.strokeVisible && state.strokeAlpha > 0;
    const filled = fill && state.fillVisible && state.fillAlpha > 0;
    if (!stroked && !filled) return;
    const m = state.ctm;
    const lineWidth = state.lineWidth * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
    let hasCurve = false;
    let closed = false;
    const flush = (): void => {
      if (!hasCurve && this.xs.length >= 2) this.addSubpath(closed, stroked, filled, lineWidth);
      this.xs.length = 0;
      this.ys.length = 0;
      hasCurve = false;
      closed = false;
    };
    for (let k = 0; k < buffer.length; ) {
      const op = buffer[k++];
      if (op === DRAW_MOVE_TO || op === DRAW_LINE_TO) {
        if (op === DRAW_MOVE_TO) flush();
        const x = buffer[k++]!;
        const y = buffer[k++]!;
        this.xs.push(m[0] * x + m[2] * y + m[4]);
        this.ys.push(m[1] * x + m[3] * y + m[5]);
      } else if (op === DRAW_CURVE_TO) {
        k += 6;
        hasCurve = true;
      } else if (op === DRAW_QUADRATIC_CURVE_TO) {
        k += 4;
        hasCurve = true;
      } else if (op === DRAW_CLOSE_PATH) {
        closed = true;
      } else {
        break; // unknown code: the rest of the buffer cannot be parsed
      }
    }
    flush();
  }

  private addSubpath(closed: boolean, stroked: boolean, filled: boolean, lineWidth: number): void {
    const rect = this.axisAlignedRect();
    if (rect) {
      const w = rect.x1 - rect.x0;
      const h = rect.y1 - rect.y0;
      const thin = Math.min(w, h) <= THIN_RULE_PT;
      if (thin) {
        // A hairline box or a filled bar: one rule along its middle.
        if (filled || (stroked && lineWidth <= MAX_RULE_WIDTH_PT)) this.addThinRect(rect);
        return;
      }
      if (filled) this.rects.push({ ...rect, filled: true });
      if (stroked) {
        this.rects.push({ ...rect, filled: false });
        if (lineWidth <= MAX_RULE_WIDTH_PT) {
          this.addSegment(rect.x0, rect.y0, rect.x1, rect.y0);
          this.addSegment(rect.x0, rect.y1, rect.x1, rect.y1);
          this.addSegment(rect.x0, rect.y0, rect.x0, rect.y1);
          this.addSegment(rect.x1, rect.y0, rect.x1, rect.y1);
        }
      }
      return;
    }
    if (!stroked) return; // other filled shapes (glyph-like outlines, arrows) are no rules
    if (lineWidth > MAX_RULE_WIDTH_PT) {
      this.addWideStroke(lineWidth);
      return;
    }
    const n = this.xs.length;
    const edges = closed ? n : n - 1;
    for (let i = 0; i < edges; i++) {
      const j = (i + 1) % n;
      this.addSegment(this.xs[i]!, this.ys[i]!, this.xs[j]!, this.ys[j]!);
    }
  }

  /** A wide axis-aligned stroke is a band: keep it as a filled rectangle. */
  private addWideStroke(lineWidth: number): void {
    if (this.xs.length !== 2) return;
    const [xa, xb] = [this.xs[0]!, this.xs[1]!];
    const [ya, yb] = [this.ys[0]!, this.ys[1]!];
    const half = lineWidth / 2;
    if (Math.abs(ya - yb) <= AXIS_EPSILON_PT) {
      this.rects.push({ x0: Math.min(xa, xb), y0: ya - half, x1: Math.max(xa, xb), y1: ya + half, filled: true });
    } else if (Math.abs(xa - xb) <= AXIS_EPSILON_PT) {
      this.rects.push({ x0: xa - half, y0: Math.min(ya, yb), x1: xa + half, y1: Math.max(ya, yb), filled: true });
    }
  }

  /** The subpath's box when it is an axis-aligned rectangle (4 corners, optionally repeating the first). */
  private axisAlignedRect(): { x0: number; y0: number; x1: number; y1: number } | null {
    let n = this.xs.length;
    const { xs, ys } = this;
    if (n === 5 && Math.abs(xs[4]! - xs[0]!) <= AXIS_EPSILON_PT && Math.abs(ys[4]! - ys[0]!) <= AXIS_EPSILON_PT) n = 4;
    if (n !== 4) return null;
    for (let i = 0; i < 4; i++) {
      const j = (i + 1) % 4;
      const dx = Math.abs(xs[i]! - xs[j]!);
      const dy = Math.abs(ys[i]! - ys[j]!);
      if (dx > AXIS_EPSILON_PT && dy > AXIS_EPSILON_PT) return null;
    }
    const x0 = Math.min(xs[0]!, xs[1]!, xs[2]!, xs[3]!);
    const x1 = Math.max(xs[0]!, xs[1]!, xs[2]!, xs[3]!);
    const y0 = Math.min(ys[0]!, ys[1]!, ys[2]!, ys[3]!);
    const y1 = Math.max(ys[0]!, ys[1]!, ys[2]!, ys[3]!);
    return x1 - x0 > 0 || y1 - y0 > 0 ? { x0, y0, x1, y1 } : null;
  }

  private addThinRect(r: { x0: number; y0: number; x1: number; y1: number }): void {
    if (r.x1 - r.x0 >= r.y1 - r.y0) {
      const y = (r.y0 + r.y1) / 2;
      this.addSegment(r.x0, y, r.x1, y);
    } else {
      const x = (r.x0 + r.x1) / 2;
      this.addSegment(x, r.y0, x, r.y1);
    }
  }

  addSegment(xa: number, ya: number, xb: number, yb: number): void {
    const dx = Math.abs(xa - xb);
    const dy = Math.abs(ya - yb);
    if (dy <= AXIS_EPSILON_PT && dx >= MIN_RULE_LENGTH_PT) {
      const y = (ya + yb) / 2;
      this.segments.push({ x0: Math.min(xa, xb), y0: y, x1: Math.max(xa, xb), y1: y, orientation: 'h' });
    } else if (dx <= AXIS_EPSILON_PT && dy >= MIN_RULE_LENGTH_PT) {
      const x = (xa + xb) / 2;
      this.segments.push({ x0: x, y0: Math.min(ya, yb), x1: x, y1: Math.max(ya, yb), orientation: 'v' });
    }
  }
}

const STROKE_OPS = new Set<number>([OPS.stroke, OPS.closeStroke]);
const FILL_OPS = new Set<number>([OPS.fill, OPS.eoFill]);
const FILL_STROKE_OPS = new Set<number>([OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

function readGStateAlpha(args: unknown, state: GraphicsState): void {
  const entries = Array.isArray(args) ? (args[0] as unknown) : null;
  if (!Array.isArray(entries)) return;
  for (const entry of entries) {
    if (!Array.isArray(entry)) continue;
    const [key, value] = entry as [unknown, unknown];
    if (key === 'CA' && typeof value === 'number') state.strokeAlpha = value;
    else if (key === 'ca' && typeof value === 'number') state.fillAlpha = value;
    else if (key === 'LW' && typeof value === 'number') state.lineWidth = value;
  }
}

/** Unit-square images painted at several places (…Repeat and …Group operators). */
function imageMatrices(fn: number, args: unknown[], ctm: Matrix): Matrix[] {
  if (fn === OPS.paintImageXObjectRepeat || fn === OPS.paintImageMaskXObjectRepeat) {
    const repeat = fn === OPS.paintImageXObjectRepeat;
    const [scaleX, skewX, skewY, scaleY, positions] = repeat ? [args[1], 0, 0, args[2], args[3]] : [args[1], args[2] ?? 0, args[3] ?? 0, args[4], args[5]];
    if (!Array.isArray(positions) && !ArrayBuffer.isView(positions)) return [];
    const list = Array.from(positions as ArrayLike<number>);
    const out: Matrix[] = [];
    for (let i = 0; i + 1 < list.length; i += 2) {
      out.push(multiply(ctm, [Number(scaleX), Number(skewX), Number(skewY), Number(scaleY), list[i]!, list[i + 1]!]));
    }
    return out;
  }
  // paintInlineImageXObjectGroup: [img, map[{transform}]]; paintImageMaskXObjectGroup: [images[{transform}]]
  const entries = fn === OPS.paintInlineImageXObjectGroup ? args[1] : args[0];
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown) => {
    const m = asMatrix((entry as { transform?: unknown } | null)?.transform);
    return m ? [multiply(ctm, m)] : [];
  });
}

/**
 * Walks a pdf.js operator list and collects rules, rectangles and image coverage.
 * `base` maps user space to page coordinates (the viewport matrix at scale 1).
 */
export function collectDrawing(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  base: Matrix,
  width: number,
  height: number,
): { segments: Segment[]; rects: Rect[]; imageCoverage: number } {
  const collector = new GeometryCollector(width, height);
  let state: GraphicsState = { ctm: base, lineWidth: 1, fillVisible: true, strokeVisible: true, fillAlpha: 1, strokeAlpha: 1 };
  const stack: GraphicsState[] = [];
  const push = (): void => {
    stack.push(state);
    state = { ...state };
  };
  const pop = (): void => {
    state = stack.pop() ?? state;
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = (argsArray[i] ?? NO_ARGS) as unknown[];
    switch (fn) {
      case OPS.save:
      case OPS.beginGroup:
        push();
        break;
      case OPS.restore:
      case OPS.endGroup:
      case OPS.paintFormXObjectEnd:
        pop();
        break;
      case OPS.transform: {
        const m = asMatrix(args);
        if (m) state.ctm = multiply(state.ctm, m);
        break;
      }
      case OPS.paintFormXObjectBegin: {
        push();
        const m = asMatrix(args[0]);
        if (m) state.ctm = multiply(state.ctm, m);
        break;
      }
      case OPS.setLineWidth:
        state.lineWidth = Number(args[0]) || 0;
        break;
      case OPS.setGState:
        readGStateAlpha(args, state);
        break;
      case OPS.setFillRGBColor:
        state.fillVisible = isVisibleColor(args[0]);
        break;
      case OPS.setStrokeRGBColor:
        state.strokeVisible = isVisibleColor(args[0]);
        break;
      case OPS.setFillColorN:
        state.fillVisible = true;
        break;
      case OPS.setStrokeColorN:
        state.strokeVisible = true;
        break;
      case OPS.setFillTransparent:
        state.fillVisible = false;
        break;
      case OPS.setStrokeTransparent:
        state.strokeVisible = false;
        break;
      case OPS.constructPath: {
        const paint = Number(args[0]);
        const buffer = (args[1] as unknown[] | undefined)?.[0];
        if (!(buffer instanceof Float32Array)) break;
        const fill = FILL_OPS.has(paint) || FILL_STROKE_OPS.has(paint);
        const stroke = STROKE_OPS.has(paint) || FILL_STROKE_OPS.has(paint);
        if (fill || stroke) collector.addPath(buffer, state, stroke, fill);
        break;
      }
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
      case OPS.paintSolidColorImageMask:
        collector.addImage(state.ctm);
        break;
      case OPS.paintImageXObjectRepeat:
      case OPS.paintImageMaskXObjectRepeat:
      case OPS.paintInlineImageXObjectGroup:
      case OPS.paintImageMaskXObjectGroup:
        for (const m of imageMatrices(fn, args, state.ctm)) collector.addImage(m);
        break;
      default:
        break;
    }
  }
  collector.addTileRules();
  return { segments: collector.segments, rects: collector.rects, imageCoverage: collector.imageCoverage() };
}

// ---------------------------------------------------------------- page

/**
 * One page read once: its text runs, rules, rectangles and image coverage in top-left
 * page coordinates, and the text items they came from (user space, as getTextContent
 * gives them: what import reads metadata from). Releases the page's pdf.js resources.
 */
export async function readPage(page: PDFPageProxy): Promise<{ geometry: PageGeometry; items: TextItem[] }> {
  try {
    const viewport = page.getViewport({ scale: 1 });
    const base = asMatrix(viewport.transform) ?? [1, 0, 0, 1, 0, 0];
    // One parse of the content stream gives both the text and the drawing.
    // Annotations (form widgets, stamps) are not part of the printed tables.
    const { fnArray, argsArray } = await page.getOperatorList({ annotationMode: ANNOTATION_MODE_DISABLE });
    const { items, fonts } = await readTextItems(page, fnArray, argsArray);
    const drawing = collectDrawing(fnArray, argsArray, base, viewport.width, viewport.height);
    const geometry = { page: page.pageNumber, width: viewport.width, height: viewport.height, runs: runsOf(items, fonts, base), ...drawing };
    return { geometry, items };
  } finally {
    page.cleanup();
  }
}

/** The page's geometry (see readPage). */
export async function readPageGeometry(page: PDFPageProxy): Promise<PageGeometry> {
  return (await readPage(page)).geometry;
}

/** Every page's geometry in order; `onPage` sees each one as it is read (progress, streaming). */
export async function readDocumentGeometry(doc: PDFDocumentProxy, onPage?: (geometry: PageGeometry) => void): Promise<PageGeometry[]> {
  const pages: PageGeometry[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const geometry = await readPageGeometry(await doc.getPage(n));
    onPage?.(geometry);
    pages.push(geometry);
  }
  return pages;
}

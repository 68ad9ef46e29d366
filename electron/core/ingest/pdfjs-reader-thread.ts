/**
 * Adjustments for a thread that only reads PDFs with pdf.js and never draws them (the
 * PDF workers), made before pdf.js loads there. Each concerns this thread alone.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * pdf.js's legacy build loads @napi-rs/canvas, a native module (~0.1 s per thread), only
 * to polyfill DOMMatrix, ImageData and Path2D for rendering: it gets inert stand-ins from
 * this thread's module cache instead.
 */
function withoutCanvas(): void {
  const requireAsPdfjs = createRequire(require.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
  let canvas: string;
  try {
    canvas = requireAsPdfjs.resolve('@napi-rs/canvas');
  } catch {
    return; // not installed: pdf.js does without it
  }
  if (requireAsPdfjs.cache[canvas]) return; // loaded for real already
  class NotForRendering {}
  const exports = { DOMMatrix: NotForRendering, ImageData: NotForRendering, Path2D: NotForRendering };
  requireAsPdfjs.cache[canvas] = { id: canvas, filename: canvas, loaded: true, exports } as unknown as NodeJS.Module;
}

/**
 * No native zlib in a PDF worker: pdf.js would inflate FlateDecode streams through the web
 * DecompressionStream (a zlib handle per stream), and a worker terminated while a handle is
 * being set up (cancelling, dropping a read-ahead, a hostile page over its limits) aborts
 * the whole process in Node's teardown ("close before init", seen in CI). Without it pdf.js
 * uses its own JavaScript inflater: about 10% slower to read a page, and it cannot crash.
 */
function withoutNativeInflate(): void {
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
}

interface OperatorListMessage {
  chunk: { fnArray: unknown[]; argsArray: unknown[] };
}

/** pdf.js's StreamKind.ENQUEUE, carrying a chunk of a page's operator list. */
const ENQUEUE = 4;

function isOperatorListMessage(value: unknown): value is OperatorListMessage {
  const message = value as { stream?: unknown; chunk?: { fnArray?: unknown; argsArray?: unknown } } | null;
  return message?.stream === ENQUEUE && Array.isArray(message.chunk?.fnArray) && Array.isArray(message.chunk?.argsArray);
}

/**
 * pdf.js's in-thread worker passes each message to the API side through structuredClone,
 * as if across threads: for a page's operator list, every glyph an object, that is a
 * sixth of reading the page. Both sides are in this thread, and the API side only reads
 * the operators: a chunk's two arrays, which the evaluator empties once sent, are copied,
 * the operators' arguments are shared. Every other message is cloned as before.
 */
function withoutCloningOperatorLists(): void {
  const clone = globalThis.structuredClone;
  globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) => {
    if (!isOperatorListMessage(value)) return clone(value, options);
    const { chunk } = value;
    return { ...value, chunk: { ...chunk, fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() } };
  }) as typeof structuredClone;
}

export function prepareReaderThread(): void {
  withoutCanvas();
  withoutNativeInflate();
  withoutCloningOperatorLists();
}

/**
 * Adjustments for a thread that only reads PDFs with pdf.js and never draws them (the
 * PDF workers), made before pdf.js loads there. Each concerns this thread alone.
 */
import { createRequire } from 'node:module';
import zlib from 'node:zlib';

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

const INFLATE: Record<string, (data: Buffer) => Buffer> = { deflate: zlib.inflateSync, 'deflate-raw': zlib.inflateRawSync, gzip: zlib.gunzipSync };

/**
 * pdf.js inflates every FlateDecode stream through the web DecompressionStream, which
 * Node runs through web streams (~10% of reading a page). pdf.js writes the whole stream
 * at once and reads until the end, so one zlib call serves. A failure surfaces as the
 * stream's error, as before: pdf.js then falls back to its own inflater.
 */
class WholeBufferDecompressionStream {
  readonly writable: { getWriter(): { ready: Promise<void>; write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
  readonly readable: AsyncIterable<Uint8Array>;

  constructor(format: string) {
    const inflate = INFLATE[format];
    if (!inflate) throw new TypeError(`unsupported compression format: ${format}`);
    const chunks: Uint8Array[] = [];
    let closed!: () => void;
    const written = new Promise<void>((resolve) => (closed = resolve));
    this.writable = {
      getWriter: () => ({
        ready: Promise.resolve(),
        write: async (chunk) => void chunks.push(chunk),
        close: async () => closed(),
      }),
    };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        await written;
        const whole = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        const out = inflate(Buffer.from(whole.buffer, whole.byteOffset, whole.byteLength));
        yield new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
      },
    };
  }
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
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = WholeBufferDecompressionStream;
  withoutCloningOperatorLists();
}

/**
 * The snippet worker thread: draws the places a report shows with pdf.js on
 * @napi-rs/canvas, off the main thread (a page takes a few hundred milliseconds). Each
 * page is drawn once, however many places it has; every place is cut from it, its boxes
 * outlined in red.
 */
import { parentPort } from 'node:worker_threads';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { Place } from '../../../../shared/domain/export/findings';
import { describePdfFailure, openPdf, type PDFDocumentProxy } from '../../ingest/pdfjs-node';
import { snippetRegion } from './snippet-geometry';
import type { SnippetReply, SnippetRequest } from './snippet-protocol';

/** 144 dpi: sharp on paper and on screen. */
const SCALE = 2;
const BOX_PADDING_PX = 3;

const port = parentPort;
if (!port) throw new Error('the snippet worker must run in a worker thread');

interface DrawnPage {
  page: number;
  canvas: Canvas;
  /** In PDF points. */
  width: number;
  height: number;
}

async function drawPage(doc: PDFDocumentProxy, pageNumber: number): Promise<DrawnPage> {
  const page = await doc.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: SCALE });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // pdf.js's types name the DOM canvas; @napi-rs/canvas is the one pdf.js itself uses in Node.
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    return { page: pageNumber, canvas, width: viewport.width / SCALE, height: viewport.height / SCALE };
  } finally {
    page.cleanup();
  }
}

async function cut(drawn: DrawnPage, place: Place): Promise<Uint8Array> {
  const region = snippetRegion(place.boxes, drawn);
  const width = Math.max(1, Math.round((region.x1 - region.x0) * SCALE));
  const height = Math.max(1, Math.round((region.y1 - region.y0) * SCALE));
  const snippet = createCanvas(width, height);
  const context = snippet.getContext('2d');
  context.drawImage(drawn.canvas, Math.round(region.x0 * SCALE), Math.round(region.y0 * SCALE), width, height, 0, 0, width, height);
  context.lineWidth = 2.5;
  context.strokeStyle = 'rgba(214, 40, 40, 0.95)';
  context.fillStyle = 'rgba(214, 40, 40, 0.12)';
  for (const box of place.boxes) {
    const x = (box.x0 - region.x0) * SCALE - BOX_PADDING_PX;
    const y = (box.y0 - region.y0) * SCALE - BOX_PADDING_PX;
    const w = (box.x1 - box.x0) * SCALE + 2 * BOX_PADDING_PX;
    const h = (box.y1 - box.y0) * SCALE + 2 * BOX_PADDING_PX;
    context.fillRect(x, y, w, h);
    context.strokeRect(x, y, w, h);
  }
  return new Uint8Array(await snippet.encode('png'));
}

async function render(request: SnippetRequest): Promise<(Uint8Array | null)[]> {
  const task = openPdf(request.pdf);
  try {
    const doc = await task.promise;
    const images: (Uint8Array | null)[] = new Array(request.places.length).fill(null);
    const order = request.places.map((place, index) => ({ place, index })).sort((a, b) => a.place.page - b.place.page);
    let drawn: DrawnPage | undefined;
    // Checks that read the same figures show the same place: cut it once.
    const cutAlready = new Map<string, Uint8Array>();
    for (const { place, index } of order) {
      if (place.page < 1 || place.page > doc.numPages || place.boxes.length === 0) continue;
      const key = JSON.stringify(place);
      const known = cutAlready.get(key);
      if (known) {
        images[index] = known.slice();
        continue;
      }
      const current = drawn?.page === place.page ? drawn : await drawPage(doc, place.page);
      drawn = current;
      images[index] = await cut(current, place);
      cutAlready.set(key, images[index]!);
    }
    return images;
  } finally {
    await task.destroy();
  }
}

port.on('message', (request: SnippetRequest) => {
  render(request).then(
    (images) => port.postMessage({ type: 'rendered', id: request.id, images } satisfies SnippetReply, images.filter((i) => i !== null).map((i) => i.buffer as ArrayBuffer)),
    (error: unknown) => port.postMessage({ type: 'failed', id: request.id, message: describePdfFailure(error) } satisfies SnippetReply),
  );
});

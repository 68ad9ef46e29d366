/**
 * The one place pdf.js is configured. The worker, CMaps (needed for Chinese text),
 * standard fonts, wasm decoders and ICC profiles are served next to index.html
 * (see vite.config.ts), so they resolve against the document, whichever door served it.
 */
import * as pdfjsLib from 'pdfjs-dist';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;

declare global {
  // pdf.js's viewer components read the library from this global (pdf_viewer.mjs).
  var pdfjsLib: typeof import('pdfjs-dist') | undefined;
}
globalThis.pdfjsLib = pdfjsLib;

const runtimeFolder = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

/**
 * One worker for the app's lifetime, started as soon as this module loads (while the
 * filing's bytes are still on their way), and reused by every filing opened after.
 */
let sharedWorker: pdfjsLib.PDFWorker | null = null;
function worker(): pdfjsLib.PDFWorker {
  if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new pdfjsLib.PDFWorker();
  return sharedWorker;
}
worker();

export function openPdf(data: Uint8Array): PDFDocumentLoadingTask {
  return pdfjsLib.getDocument({
    // pdf.js transfers the buffer to its worker; give it a copy so the caller's bytes survive.
    data: data.slice(),
    worker: worker(),
    cMapUrl: runtimeFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: runtimeFolder('standard_fonts'),
    wasmUrl: runtimeFolder('wasm'),
    iccUrl: runtimeFolder('iccs'),
    // The CSP forbids eval; pdf.js must not try it.
    isEvalSupported: false,
  });
}

/** CSS pixels per PDF point at 100 % zoom (pdf.js's notion of "actual size"). */
export const CSS_UNITS_PER_PDF_POINT = pdfjsLib.PixelsPerInch.PDF_TO_CSS_UNITS;

export const { RenderingCancelledException, AnnotationMode } = pdfjsLib;

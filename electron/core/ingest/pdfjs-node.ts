/**
 * pdf.js in Node, set up once: the legacy build (the one meant for Node), eval off,
 * and the CMaps and standard fonts that Chinese filings need for their text.
 *
 * pdf.js is loaded on first use, not imported: its legacy build carries core-js, which
 * replaces Array.prototype.push, JSON.parse and JSON.stringify process-wide with
 * JavaScript polyfills (for proposals Node 20 lacks). They are several times slower, and
 * every push of extraction and every JSON the store writes pays for them, so the
 * built-ins this module saw before pdf.js loaded are put back once it has. Importing
 * pdf.js statically anywhere in the process would defeat this (its code would run first).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));

export const PDFJS_ASSETS = {
  cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
  standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep,
  wasmUrl: path.join(pdfjsRoot, 'wasm') + path.sep,
};

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const builtIns = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
const isNative = (fn: unknown): boolean => typeof fn === 'function' && /\{\s*\[native code\]\s*\}$/u.test(Function.prototype.toString.call(fn));

function restoreBuiltIns(): void {
  if (isNative(builtIns.push)) Object.defineProperty(Array.prototype, 'push', { value: builtIns.push, writable: true, configurable: true, enumerable: false });
  if (isNative(builtIns.parse)) JSON.parse = builtIns.parse;
  if (isNative(builtIns.stringify)) JSON.stringify = builtIns.stringify;
}

let loading: Promise<Pdfjs> | undefined;

/** pdf.js, with its worker code in this thread (no second thread per document). */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // Loaded here, pdf.js's "fake worker" finds it on globalThis instead of importing it later.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    restoreBuiltIns();
    return pdfjs;
  })();
  return loading;
}

export function openPdf(data: Uint8Array, password?: string): { promise: Promise<PDFDocumentProxy>; destroy(): Promise<void> } {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const copy = data.slice();
  const task = loadPdfjs().then(({ getDocument }) =>
    getDocument({
      data: copy,
      password,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      cMapPacked: true,
      verbosity: 0,
      ...PDFJS_ASSETS,
    }),
  );
  return { promise: task.then((t) => t.promise), destroy: async () => (await task).destroy() };
}

/**
 * pdf.js's own words for why it failed, except where they mean nothing to a reviewer: a
 * stack overflow is what arrays or dictionaries nested thousands deep end in.
 */
export function describePdfFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError || /Maximum call stack size exceeded/u.test(message)) {
    return 'its objects are nested too deeply to read (a damaged or deliberately malformed file)';
  }
  return message;
}

export type { PDFDocumentProxy };

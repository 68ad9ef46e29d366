/**
 * pdf.js in Node, set up once: the legacy build (the one meant for Node), eval off,
 * and the CMaps and standard fonts that Chinese filings need for their text.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));

export const PDFJS_ASSETS = {
  cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
  standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep,
  wasmUrl: path.join(pdfjsRoot, 'wasm') + path.sep,
};

export function openPdf(data: Uint8Array, password?: string): { promise: Promise<PDFDocumentProxy>; destroy(): Promise<void> } {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({
    data: data.slice(),
    password,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapPacked: true,
    verbosity: 0,
    ...PDFJS_ASSETS,
  });
  return { promise: task.promise, destroy: () => task.destroy() };
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

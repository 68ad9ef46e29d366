/** pdf.js's worker code, loaded for its side effect (it registers itself on globalThis). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';

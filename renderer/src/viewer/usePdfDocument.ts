/** Opens a PDF from bytes with pdf.js, reporting loading progress; destroys it when done. */
import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { openPdf } from './pdfjs';

export type PdfLoad =
  | { status: 'loading'; loaded: number; total: number }
  | { status: 'failed'; message: string }
  | { status: 'ready'; pdf: PDFDocumentProxy };

export function usePdfDocument(data: Uint8Array): PdfLoad {
  const [load, setLoad] = useState<PdfLoad>({ status: 'loading', loaded: 0, total: data.byteLength });

  useEffect(() => {
    const task = openPdf(data);
    let live = true;
    let frame = 0;
    // Progress can fire many times a frame on a big file; show at most one update per frame.
    task.onProgress = ({ loaded, total }: { loaded: number; total: number }) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (live) setLoad((current) => (current.status === 'loading' ? { status: 'loading', loaded, total } : current));
      });
    };
    task.promise.then(
      (pdf) => {
        if (live) setLoad({ status: 'ready', pdf });
      },
      (error: unknown) => {
        if (live) setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      void task.destroy();
    };
  }, [data]);

  return load;
}

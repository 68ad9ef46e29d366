/**
 * The filings' PDFs the queue's snippets are cut from: each fetched and opened with
 * pdf.js once, shared by all of its corrections, and let go when the queue closes.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { api } from '../api/door';
import { openPdf } from '../viewer/pdfjs';

const open = new Map<number, Promise<PDFDocumentProxy>>();

export function snippetPdf(documentId: number): Promise<PDFDocumentProxy> {
  let pdf = open.get(documentId);
  if (!pdf) {
    pdf = api.getDocumentFile({ ref: String(documentId) }).then((file) => openPdf(file.data).promise);
    // A failed load is tried again next time, not remembered.
    pdf.catch(() => open.delete(documentId));
    open.set(documentId, pdf);
  }
  return pdf;
}

export function releaseSnippetPdfs(): void {
  for (const pdf of open.values()) void pdf.then((document) => document.destroy(), () => undefined);
  open.clear();
}

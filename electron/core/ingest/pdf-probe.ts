/**
 * What import needs to know of a PDF before it is stored: is it a readable PDF at
 * all, its page count and producer, whether it has a text layer, and the text of
 * the pages metadata is read from. Every way a file can be unreadable ends in a
 * ProbeError with a specific code and a message a reviewer understands.
 *
 * The envelope is checked where the file arrives (pdf-envelope.ts); the document itself
 * is read here, by pdf.js on a PDF worker thread (extract/pool.ts), which keeps it open
 * for the extraction that follows.
 */
import type { ImportErrorCode } from '../../../shared/api/contract';
import { buildLines, type TextRun } from '../../../shared/domain/text-lines';
import { describePdfFailure, type PDFDocumentProxy } from './pdfjs-node';

export class ProbeError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ProbeError';
  }
}

export interface PdfProbe {
  pages: number;
  producer: string | null;
  hasTextLayer: boolean;
  /** Text lines of the first pages (up to METADATA_PAGES), in reading order. */
  firstPagesLines: string[];
  lastPageLines: string[];
}

const METADATA_PAGES = 3;
/**
 * Most pages a filing may have. The longest prospectuses run to a few thousand pages;
 * beyond this, extraction would take many minutes and the file is almost surely not a
 * filing (or is hostile), so it is refused up front.
 */
export const MAX_PAGES = 10_000;
/** How long reading a PDF for import may take before it counts as unreadable. */
export const PROBE_TIMEOUT_MS = 60_000;
/** A pdf.js failure as a ProbeError; an Error, or its { name, message } passed from a worker thread (described there). */
export function classifyPdfjsError(error: unknown): ProbeError {
  if (error instanceof ProbeError) return error;
  const { name, message } = (error instanceof Error ? { name: error.name, message: describePdfFailure(error) } : typeof error === 'object' && error !== null ? error : { message: String(error) }) as {
    name?: unknown;
    message?: unknown;
  };
  if (name === 'PasswordException') {
    return new ProbeError('ENCRYPTED', 'the PDF is password-protected; remove the password (or export an unprotected copy) and import that');
  }
  if (name === 'InvalidPDFException') return new ProbeError('CORRUPT', `the PDF is damaged and cannot be read: ${String(message)}`);
  return new ProbeError('CORRUPT', `the PDF cannot be read: ${String(message)}`);
}

/** A text item of a page, as page.getTextContent() gives it (extract/operator-text.ts reads the same). */
export interface ProbeText {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function linesOf(items: readonly ProbeText[]): string[] {
  const runs: TextRun[] = items.map((item) => ({ text: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, height: item.height }));
  return buildLines(runs).map((line) => line.text);
}

/** The pages import reads text from: the first ones (up to METADATA_PAGES) and the last. */
export function probePages(pageCount: number): number[] {
  const first = Array.from({ length: Math.min(METADATA_PAGES, pageCount) }, (_, i) => i + 1);
  return pageCount > first.length ? [...first, pageCount] : first;
}

/** Reads what import needs from an opened document, the pages' text through `readText`; any failure is a ProbeError. */
export async function probeDocument(doc: PDFDocumentProxy, readText: (pageNumber: number) => Promise<readonly ProbeText[]>): Promise<PdfProbe> {
  if (doc.numPages < 1) throw new ProbeError('CORRUPT', 'the PDF has no pages');
  if (doc.numPages > MAX_PAGES) {
    throw new ProbeError('TOO_LARGE', `the PDF has ${doc.numPages.toLocaleString('en-US')} pages; Gouji imports filings of up to ${MAX_PAGES.toLocaleString('en-US')} pages`);
  }
  try {
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
    const producer = typeof info.Producer === 'string' && info.Producer.trim() ? info.Producer.trim() : null;
    const lines: string[][] = [];
    for (const n of probePages(doc.numPages)) lines.push(linesOf(await readText(n)));
    const leading = lines.slice(0, Math.min(METADATA_PAGES, doc.numPages));
    const lastPageLines = lines[lines.length - 1]!;
    const hasTextLayer = leading.some((page) => page.length > 0) || lastPageLines.length > 0;
    return { pages: doc.numPages, producer, hasTextLayer, firstPagesLines: leading.flat(), lastPageLines };
  } catch (error) {
    throw classifyPdfjsError(error);
  }
}

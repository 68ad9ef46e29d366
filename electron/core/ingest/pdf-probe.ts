/**
 * What import needs to know of a PDF before it is stored: is it a readable PDF at
 * all, its page count and producer, whether it has a text layer, and the text of
 * the pages metadata is read from. Every way a file can be unreadable ends in a
 * ProbeError with a specific code and a message a reviewer understands.
 */
import type { ImportErrorCode } from '../../../shared/api/contract';
import { MAX_IMPORT_BYTES } from '../../../shared/api/contract';
import { buildLines, type TextRun } from '../../../shared/domain/text-lines';
import { describePdfFailure, openPdf, type PDFDocumentProxy } from './pdfjs-node';

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
const PROBE_TIMEOUT_MS = 60_000;
const HEADER_WINDOW = 1024;
const TRAILER_WINDOW = 2048;

function ascii(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Cheap structural checks that give a precise reason before pdf.js is asked. */
export function checkEnvelope(data: Uint8Array): void {
  if (data.byteLength === 0) throw new ProbeError('EMPTY_FILE', 'the file is empty (0 bytes)');
  if (data.byteLength > MAX_IMPORT_BYTES) {
    throw new ProbeError('TOO_LARGE', `the file is ${data.byteLength} bytes; Gouji imports PDFs up to ${MAX_IMPORT_BYTES} bytes`);
  }
  const head = ascii(data.subarray(0, HEADER_WINDOW));
  if (!head.includes('%PDF-')) throw new ProbeError('NOT_PDF', 'not a PDF: the file does not start with a %PDF- header');
  const tail = ascii(data.subarray(Math.max(0, data.byteLength - TRAILER_WINDOW)));
  if (!tail.includes('%%EOF')) {
    const hasObjects = /\d+\s+\d+\s+obj\b/.test(ascii(data.subarray(0, Math.min(data.byteLength, 1 << 20))));
    if (hasObjects) throw new ProbeError('TRUNCATED', 'the PDF is truncated: it has no end-of-file marker (%%EOF); the download or copy was cut short');
    throw new ProbeError('CORRUPT', 'the PDF is damaged: it has a PDF header but no PDF objects');
  }
}

function classifyPdfjsError(error: unknown): ProbeError {
  const name = error instanceof Error ? error.name : '';
  const message = describePdfFailure(error);
  if (name === 'PasswordException') {
    return new ProbeError('ENCRYPTED', 'the PDF is password-protected; remove the password (or export an unprotected copy) and import that');
  }
  if (name === 'InvalidPDFException') return new ProbeError('CORRUPT', `the PDF is damaged and cannot be read: ${message}`);
  return new ProbeError('CORRUPT', `the PDF cannot be read: ${message}`);
}

async function pageLines(doc: PDFDocumentProxy, pageNumber: number): Promise<string[]> {
  const page = await doc.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [, , , , x, y] = item.transform as number[];
      runs.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, height: item.height });
    }
    return buildLines(runs).map((line) => line.text);
  } finally {
    page.cleanup();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new ProbeError('CORRUPT', `the PDF could not be read within ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function probePdf(data: Uint8Array): Promise<PdfProbe> {
  checkEnvelope(data);
  const task = openPdf(data);
  const work = (async (): Promise<PdfProbe> => {
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (error) {
      throw classifyPdfjsError(error);
    }
    if (doc.numPages < 1) throw new ProbeError('CORRUPT', 'the PDF has no pages');
    if (doc.numPages > MAX_PAGES) {
      throw new ProbeError('TOO_LARGE', `the PDF has ${doc.numPages.toLocaleString('en-US')} pages; Gouji imports filings of up to ${MAX_PAGES.toLocaleString('en-US')} pages`);
    }
    try {
      const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
      const producer = typeof info.Producer === 'string' && info.Producer.trim() ? info.Producer.trim() : null;
      const leading: string[][] = [];
      for (let n = 1; n <= Math.min(METADATA_PAGES, doc.numPages); n++) leading.push(await pageLines(doc, n));
      const lastPageLines = doc.numPages > leading.length ? await pageLines(doc, doc.numPages) : leading[leading.length - 1]!;
      const hasTextLayer = leading.some((lines) => lines.length > 0) || lastPageLines.length > 0;
      return { pages: doc.numPages, producer, hasTextLayer, firstPagesLines: leading.flat(), lastPageLines };
    } catch (error) {
      throw error instanceof ProbeError ? error : classifyPdfjsError(error);
    }
  })();
  try {
    return await withTimeout(work, PROBE_TIMEOUT_MS, () => void task.destroy());
  } finally {
    await task.destroy();
  }
}

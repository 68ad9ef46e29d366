/**
 * Cheap structural checks of a file offered for import, on the thread it arrives on,
 * before a PDF worker is asked to read it: each gives its own reason.
 */
import { MAX_IMPORT_BYTES } from '../../../shared/api/contract';
import { ProbeError } from './pdf-probe';

const HEADER_WINDOW = 1024;
const TRAILER_WINDOW = 2048;

function ascii(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Throws a ProbeError naming what is wrong, if anything. */
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

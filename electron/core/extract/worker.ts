/**
 * A PDF worker thread: holds one open document and answers requests about it (probe
 * it for import, read a page's geometry), so that pdf.js, its fonts and its parsed
 * document stay warm from import to extraction and the main thread never loads pdf.js.
 */
import { parentPort } from 'node:worker_threads';
import { ProbeError, probeDocument } from '../ingest/pdf-probe';
import { describePdfFailure, openPdf, type PDFDocumentProxy } from '../ingest/pdfjs-node';
import { prepareReaderThread } from '../ingest/pdfjs-reader-thread';
import type { PageGeometry } from '../../../shared/domain/extraction/types';
import { readPage, readPageGeometry } from './page-geometry';
import type { FromWorker, ToWorker, WorkerFailure, WorkerReply } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('the PDF worker must run in a worker thread');
prepareReaderThread();

let doc: Promise<PDFDocumentProxy> | undefined;
let destroy: (() => Promise<void>) | undefined;

async function answer(request: ToWorker): Promise<WorkerReply> {
  if (request.type === 'open') {
    await destroy?.();
    const task = openPdf(request.data);
    destroy = task.destroy;
    doc = task.promise;
    return { type: 'opened', pages: (await doc).numPages };
  }
  if (!doc) throw new Error('no document open');
  const opened = await doc;
  if (request.type === 'probe') {
    // The pages the probe reads text from are read whole: the extraction that follows takes them as they are.
    const pages: PageGeometry[] = [];
    const probe = await probeDocument(opened, async (n) => {
      const { geometry, items } = await readPage(await opened.getPage(n));
      pages.push(geometry);
      return items;
    });
    return { type: 'probe', probe, pages };
  }
  return { type: 'page', geometry: await readPageGeometry(await opened.getPage(request.page)) };
}

function asFailure(error: unknown): WorkerFailure {
  if (error instanceof ProbeError) return { name: error.name, message: error.message, code: error.code };
  return { name: error instanceof Error ? error.name : 'Error', message: describePdfFailure(error) };
}

port.on('message', (request: ToWorker) => {
  // Requests run concurrently (the pool queues two pages per worker): pdf.js interleaves their waits.
  void answer(request).then(
    (reply) => port.postMessage({ ...reply, id: request.id } satisfies FromWorker),
    (error: unknown) => port.postMessage({ type: 'failed', id: request.id, failure: asFailure(error) } satisfies FromWorker),
  );
});

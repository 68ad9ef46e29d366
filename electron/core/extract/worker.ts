/**
 * An extraction worker thread: opens the PDF once, then reads the page geometry of
 * each page the pool hands it, one at a time, so two workers share the pages evenly
 * and the pool can stop them between pages.
 */
import { parentPort } from 'node:worker_threads';
import { describePdfFailure, openPdf, type PDFDocumentProxy } from '../ingest/pdfjs-node';
import { readPageGeometry } from './page-geometry';
import type { FromWorker, ToWorker } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('extraction worker must run in a worker thread');

let doc: PDFDocumentProxy | undefined;
let destroy: (() => Promise<void>) | undefined;

const post = (message: FromWorker): void => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  void (async () => {
    try {
      if (message.type === 'open') {
        const task = openPdf(message.data);
        destroy = task.destroy;
        doc = await task.promise;
        post({ type: 'ready' });
      } else if (message.type === 'page') {
        if (!doc) throw new Error('no document open');
        const page = await doc.getPage(message.page);
        try {
          post({ type: 'page', geometry: await readPageGeometry(page) });
        } finally {
          page.cleanup();
        }
      } else {
        await destroy?.();
        port.close();
      }
    } catch (error) {
      post({ type: 'failed', page: message.type === 'page' ? message.page : null, message: describePdfFailure(error) });
    }
  })();
});

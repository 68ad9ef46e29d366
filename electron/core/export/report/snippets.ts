/**
 * The report's picture of each finding's place in the PDF, drawn on a worker thread so
 * Electron's main process and the web server keep answering while a batch renders. One
 * worker serves a whole export, one filing at a time.
 */
import { Worker } from 'node:worker_threads';
import type { Place } from '../../../../shared/domain/export/findings';
import type { SnippetReply, SnippetRequest } from './snippet-protocol';

/**
 * Beside the bundle when built (scripts/build-node.mjs puts it there); run from source
 * (tests, scripts), the TypeScript worker loads through tsx's loader inside the thread.
 */
function spawnSnippetWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./export-snippet-worker.mjs', here));
  const source = JSON.stringify(new URL('./snippet-worker.ts', here).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); });`, { eval: true });
}

export class SnippetRenderer {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (images: (Uint8Array | null)[]) => void; reject: (error: Error) => void }>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnSnippetWorker();
    worker.on('message', (reply: SnippetReply) => {
      const pending = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.type === 'rendered') pending?.resolve(reply.images);
      else pending?.reject(new Error(`the PDF could not be drawn for the report: ${reply.message}`));
    });
    const failAll = (error: Error): void => {
      for (const pending of this.waiting.values()) pending.reject(error);
      this.waiting.clear();
      this.worker = null;
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`the snippet worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  /** One PNG per place (null where its page could not be drawn). */
  render(pdf: Uint8Array, places: readonly Place[]): Promise<(Uint8Array | null)[]> {
    if (places.length === 0) return Promise.resolve([]);
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const request: SnippetRequest = { type: 'render', id, pdf: pdf.slice(), places: [...places] };
      worker.postMessage(request, [request.pdf.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}

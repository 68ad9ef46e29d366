/**
 * `node --import tsx scripts/bench-pdfjs-floor.ts [file.pdf] [threads]`: the least pdf.js
 * can take to read a PDF's pages the way extraction must (one `getOperatorList` per page,
 * annotations left out, nothing else), on one thread per core, against poppler's
 * `pdftotext -bbox-layout`. The threads are prepared as the PDF workers are (see
 * pdfjs-reader-thread.ts). Two figures: from spawning the threads (pdf.js loaded and the
 * document opened in each) to the last page, and the pages alone once every thread is
 * ready. Gouji's ingest cannot be faster than the first; this is the floor to quote.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = path.resolve(import.meta.dirname, '..');
const file = path.resolve(process.argv[2] || path.join(root, '..', 'shared', 'realpdfs', '603598_引力传媒_2025年半年度报告.pdf'));
const threads = Number(process.argv[3] ?? os.availableParallelism());
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

// Each thread: load pdf.js, open the file, report ready, wait for "go", read its pages (every threads-th).
const threadCode = `
import { parentPort, workerData } from 'node:worker_threads';
import fs from 'node:fs';
const { pdfjsNode, file, index, threads } = workerData;
const { openPdf, prepareReaderThread } = await import(pdfjsNode);
prepareReaderThread();
const doc = await openPdf(new Uint8Array(fs.readFileSync(file))).promise;
parentPort.postMessage({ ready: doc.numPages });
parentPort.once('message', async () => {
  for (let n = index + 1; n <= doc.numPages; n += threads) {
    const page = await doc.getPage(n);
    await page.getOperatorList({ annotationMode: 0 });
    page.cleanup();
  }
  parentPort.postMessage({ done: true });
});
`;

async function once(pdfjsNode: string): Promise<{ total: number; pagesOnly: number; pages: number }> {
  const started = performance.now();
  const workers = Array.from({ length: threads }, (_, index) => new Worker(threadCode, { eval: true, workerData: { pdfjsNode, file, index, threads } }));
  const next = (w: Worker): Promise<{ ready?: number; done?: boolean }> => new Promise((resolve, reject) => (w.once('message', resolve), w.once('error', reject)));
  const ready = await Promise.all(workers.map(next));
  const go = performance.now();
  const done = Promise.all(workers.map(next));
  for (const w of workers) w.postMessage('go');
  await done;
  const ended = performance.now();
  await Promise.all(workers.map((w) => w.terminate()));
  return { total: ended - started, pagesOnly: ended - go, pages: ready[0]!.ready! };
}

// pdf.js helpers from the built bundle would do; the TypeScript source needs no build: bundle it on the fly.
const { buildSync } = await import('esbuild');
const bundle = path.join(root, '.cache', 'bench-pdfjs-node.mjs');
buildSync({ stdin: { contents: "export * from './pdfjs-node'; export * from './pdfjs-reader-thread';", resolveDir: path.join(root, 'electron', 'core', 'ingest'), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: bundle, external: ['pdfjs-dist', 'pdfjs-dist/*'], logLevel: 'warning' });

const results: Awaited<ReturnType<typeof once>>[] = [];
for (let i = 0; i < RUNS; i++) results.push(await once(pathToFileURL(bundle).href));
const best = (key: 'total' | 'pagesOnly'): number => Math.min(...results.map((r) => r[key]));
const poppler = Math.min(
  ...Array.from({ length: RUNS }, () => {
    const t = performance.now();
    spawnSync('pdftotext', ['-bbox-layout', file, '/dev/null']);
    return performance.now() - t;
  }),
);
const pages = results[0]!.pages;
console.log(`${path.basename(file)}: ${pages} pages, ${threads} threads, best of ${RUNS}`);
console.log(`  pdf.js getOperatorList, threads started to last page  ${best('total').toFixed(0)} ms  (${(best('total') / poppler).toFixed(2)}× poppler)`);
console.log(`  pdf.js getOperatorList, pages only (threads ready)     ${best('pagesOnly').toFixed(0)} ms  (${(best('pagesOnly') / poppler).toFixed(2)}× poppler)`);
console.log(`  poppler pdftotext -bbox-layout                         ${poppler.toFixed(0)} ms`);

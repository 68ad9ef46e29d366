/**
 * The hostile corpus (scripts/make-hostile-corpus.ts) through the core: every file ends
 * in a clear result — refused at import with its own code and message, or imported with
 * an extraction that is done or failed with a message — within a time limit, the core
 * keeps answering, and memory stays bounded. Timings and peak RSS go to
 * test-results/hostile-report.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_ERROR_CODES, type ExtractionStatus, type ImportOutcome } from '../../shared/api/contract';
import type { Core } from '../../electron/core/core';
import { readAllPageGeometry } from '../../electron/core/extract/pool';
import { heavyPage, makeHostileCorpus } from '../../scripts/make-hostile-corpus';
import { REPO_ROOT, tempCore, tempDir } from '../helpers';

/** Upper bound for one file, import and extraction together: a hang fails the test, not CI. */
const PER_FILE_LIMIT_MS = 120_000;
const RSS_LIMIT_BYTES = 1.5 * 1024 ** 3;

const dir = tempDir('gouji-hostile-');
const corpus = makeHostileCorpus(dir);
const sentinel = path.join(dir, 'javascript-ran.txt');

interface Measured {
  file: string;
  bytes: number;
  importMs: number;
  extractMs: number | null;
  result: string;
  rssAfterMb: number;
}

let core: Core;
const measured: Measured[] = [];
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

beforeAll(() => {
  core = tempCore();
});

afterAll(async () => {
  await core?.close();
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const report = { peakRssMb, files: measured };
  fs.mkdirSync(path.join(REPO_ROOT, 'test-results'), { recursive: true });
  fs.writeFileSync(path.join(REPO_ROOT, 'test-results', 'hostile-report.json'), JSON.stringify(report, null, 2));
});

/** A message a reviewer can act on: words, no leaked "undefined" or "[object …]". */
function expectClearMessage(message: string | null | undefined): void {
  expect(message).toBeTruthy();
  expect(message!.length).toBeGreaterThan(15);
  expect(message).not.toMatch(/undefined|\[object |Maximum call stack/);
}

describe('hostile PDF corpus', () => {
  it('has every kind of hostile file the corpus promises', () => {
    const names = corpus.map((f) => f.name);
    for (const kind of ['truncated-0', 'zero-byte', 'random-after-header', 'encrypted', 'javascript-openaction', 'image-only', 'pages-2000', 'mediabox-14400', 'mediabox-1e9', 'deep-array', 'deep-dictionary', 'length-lie', 'xref-out-of-range', 'pages-12000', 'image-bomb', 'heavy-content', 'backtracking-bait']) {
      expect(names.some((n) => n.startsWith(kind)), kind).toBe(true);
    }
    expect(names.filter((n) => n.startsWith('truncated-0')).length).toBeGreaterThanOrEqual(5);
  });

  it.each(corpus.map((file) => [file.name, file] as const))('%s ends in a clear result', { timeout: PER_FILE_LIMIT_MS }, async (_name, file) => {
    const data = new Uint8Array(fs.readFileSync(file.path));
    const started = performance.now();
    const outcome: ImportOutcome = await core.call('importFile', { fileName: file.name, data });
    const importMs = performance.now() - started;
    let extraction: ExtractionStatus | null = null;
    let extractMs: number | null = null;

    if (outcome.status === 'failed') {
      expect(file.expect, `${file.name} was refused: ${outcome.error.code} ${outcome.error.message}`).not.toBe('imported');
      expect(IMPORT_ERROR_CODES).toContain(outcome.error.code);
      if (file.code) expect(outcome.error.code).toBe(file.code);
      expectClearMessage(outcome.error.message);
    } else {
      expect(outcome.status, file.name).toBe('imported');
      expect(file.expect, `${file.name} was imported`).not.toBe('refused');
      const ref = String(outcome.document.id);
      const extractStarted = performance.now();
      extraction = await core.call('extractDocument', { ref, wait: true });
      extractMs = performance.now() - extractStarted;
      expect(['done', 'failed']).toContain(extraction.status);
      if (extraction.status === 'failed') expectClearMessage(extraction.error);
      if (file.expect === 'imported') expect(extraction.status, extraction.error ?? '').toBe('done');
    }

    measured.push({
      file: file.name,
      bytes: file.bytes,
      importMs: Math.round(importMs),
      extractMs: extractMs === null ? null : Math.round(extractMs),
      result: outcome.status === 'failed' ? `refused ${outcome.error.code}: ${outcome.error.message}` : `imported, ${outcome.document.pages} pages; extraction ${extraction?.status}${extraction?.error ? `: ${extraction.error}` : ''}`,
      rssAfterMb: mb(process.memoryUsage().rss),
    });
    // The core answers between files, whatever the last one did.
    expect((await core.call('getAppInfo', {})).name).toBe('Gouji');
  });

  it('read the specific files as a reviewer expects', async () => {
    const { documents } = await core.call('listDocuments', {});
    const byName = new Map(documents.map((d) => [d.fileName, d]));
    const long = byName.get('pages-2000.pdf');
    expect(long).toMatchObject({ pages: 2000, extractionStatus: 'done', hasTextLayer: true });
    expect((await core.call('listPages', { ref: String(long!.id) })).pages).toHaveLength(2000);
    const image = byName.get('image-only.pdf')!;
    expect(image.hasTextLayer).toBe(false);
    expect((await core.call('getExtractionStatus', { ref: String(image.id) })).warnings.map((w) => w.code)).toEqual(['NO_TEXT_LAYER']);
    const huge = (await core.call('listPages', { ref: String(byName.get('mediabox-1e9.pdf')!.id) })).pages[0]!;
    expect([huge.width, huge.height]).toEqual([1e9, 1e9]);
    expect(byName.get('javascript-openaction.pdf')?.extractionStatus).toBe('done');
    expect(fs.existsSync(sentinel)).toBe(false); // its script never ran
  });

  it('keeps the core answering, with memory bounded, after the whole corpus', async () => {
    expect(measured.length).toBe(corpus.length);
    const info = await core.call('getAppInfo', {});
    expect(info.documentCount).toBe(measured.filter((m) => m.result.startsWith('imported')).length);
    expect((await core.call('searchText', { query: 'very long filing' })).hits.length).toBeGreaterThan(0);
    expect(process.memoryUsage().rss).toBeLessThan(RSS_LIMIT_BYTES);
  });
});

describe('extraction limits', () => {
  const heavy = new Uint8Array(heavyPage(200_000));

  it('stops a worker that needs more memory than allowed, naming what it was reading', { timeout: PER_FILE_LIMIT_MS }, async () => {
    await expect(readAllPageGeometry(heavy, 1, { workers: 1, workerHeapLimitMb: 48 })).rejects.toThrow(/needs more than the 48 MB of memory extraction allows: it is too complex or damaged/);
  });

  it('stops when the process passes its memory ceiling, naming the pages being read', { timeout: PER_FILE_LIMIT_MS }, async () => {
    await expect(readAllPageGeometry(heavy, 1, { workers: 1, memoryCeilingBytes: 64 * 1024 ** 2 })).rejects.toThrow(
      /^extraction stopped while reading (page 1|the PDF): Gouji's memory use reached [\d.]+ GB, over its limit of 0\.06 GB; the page is too complex or damaged$/,
    );
  });

  it('stops a page (or an opening) that takes longer than the time limit', { timeout: PER_FILE_LIMIT_MS }, async () => {
    await expect(readAllPageGeometry(heavy, 1, { workers: 1, pageTimeLimitMs: 100 })).rejects.toThrow(/(page 1 could not be read|the PDF could not be opened for extraction) within 100 ms: it is too complex or damaged/);
  });
});

/**
 * The real pipeline, run on the benchmark's PDFs: the built CLI imports them (its
 * extraction workers are prebuilt, and importing runs the checks), several stores in
 * parallel; then the core, opened in-process on each store, gives back per filing its
 * check results, figures and table cells.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckResultRecord, FigureRecord } from '../../shared/api/contract';
import { openCore } from '../../electron/core/core';
import { resolveStoreLocation } from '../../electron/core/paths';
import type { ExtractedCell } from './align';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'gouji.mjs');

export interface FilingReadout {
  readonly sha256: string;
  readonly fileName: string;
  readonly results: readonly CheckResultRecord[];
  readonly figures: readonly FigureRecord[];
  readonly cells: readonly ExtractedCell[];
}

export function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function writePdf(dir: string, name: string, pdf: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, pdf);
  return file;
}

function runCli(store: string, files: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, '--db', store, '--json', 'import', ...files], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`gouji import into ${store} exited ${code}: ${stderr.slice(-2000)}`))));
  });
}

/** Imports `files` into `shards` fresh stores under `dir`, in parallel; returns the stores. */
export async function importInShards(dir: string, label: string, files: readonly string[], shards: number): Promise<string[]> {
  const groups = Array.from({ length: Math.max(1, Math.min(shards, files.length)) }, (_, shard) => files.filter((_, i) => i % shards === shard));
  const stores = groups.map((_, shard) => path.join(dir, `store-${label}-${shard}`));
  await Promise.all(groups.map((group, shard) => runCli(stores[shard]!, group)));
  return stores;
}

/** Every filing of a store, keyed by the sha256 of its PDF. */
export async function readStore(store: string): Promise<Map<string, FilingReadout>> {
  const core = openCore({ location: resolveStoreLocation(store) });
  try {
    const readouts = new Map<string, FilingReadout>();
    const { documents } = await core.call('listDocuments', {});
    for (const doc of documents) {
      const ref = String(doc.id);
      const { results } = await core.call('listCheckResults', { ref });
      const { figures } = await core.call('listFigures', { ref });
      const { tables } = await core.call('listTables', { ref });
      const cells: ExtractedCell[] = [];
      for (const table of tables) {
        const detail = await core.call('getTable', { tableId: table.id });
        cells.push(...detail.cells.map((c) => ({ tableId: table.id, row: c.row, col: c.col, text: c.text })));
      }
      readouts.set(doc.sha256, { sha256: doc.sha256, fileName: doc.fileName, results, figures, cells });
    }
    return readouts;
  } finally {
    await core.close();
  }
}

export async function readStores(stores: readonly string[]): Promise<Map<string, FilingReadout>> {
  const all = new Map<string, FilingReadout>();
  for (const store of stores) for (const [sha, readout] of await readStore(store)) all.set(sha, readout);
  return all;
}

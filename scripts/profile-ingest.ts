/**
 * `node --import tsx scripts/profile-ingest.ts [file.pdf]`: a full ingest in one process,
 * timed in its two API calls (import: envelope, probe on a PDF worker, store; extraction:
 * pages on the workers, analysed as they arrive, then tables assembled, stored, checked)
 * with the CPU time of all threads. For where the time goes inside, profile the built
 * CLI, worker threads included: `node --cpu-prof dist/cli/gouji.mjs --db <tmp> import <file>`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../electron/core/core';
import { resolveStoreLocation } from '../electron/core/paths';

const root = path.resolve(import.meta.dirname, '..');
const file = process.argv[2] ?? path.join(root, '..', 'shared', 'realpdfs', '603598_引力传媒_2025年半年度报告.pdf');
const data = new Uint8Array(fs.readFileSync(file));

async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await run();
  console.log(`${name.padEnd(12)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);
  return value;
}

const cpuStart = process.cpuUsage();
const wallStart = performance.now();
const store = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-profile-'));
const core = openCore({ location: resolveStoreLocation(store) });
try {
  const outcome = await timed('import', () => core.call('importFile', { fileName: path.basename(file), data }));
  if (outcome.status !== 'imported') throw new Error(`import: ${outcome.status}`);
  const status = await timed('extraction', () => core.call('extractDocument', { ref: String(outcome.document.id), wait: true }));
  if (status.status !== 'done') throw new Error(`extraction ${status.status}: ${status.error}`);
} finally {
  await core.close();
  fs.rmSync(store, { recursive: true, force: true });
}
const cpu = process.cpuUsage(cpuStart);
console.log(`${'total'.padEnd(12)} ${(performance.now() - wallStart).toFixed(0).padStart(6)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (all threads)`);

/**
 * `node --import tsx scripts/profile-ingest.ts [file.pdf]`: where a full ingest spends its
 * time, phase by phase (probe, page geometry on the worker pool, table building, store
 * write, checks), in one process. Add `--cpu-prof` to node for a main-thread profile;
 * the workers are profiled with GOUJI_PROFILE_WORKERS=1 (they are spawned with --cpu-prof).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../electron/core/core';
import { readAllPageGeometry } from '../electron/core/extract/pool';
import { probePdf } from '../electron/core/ingest/pdf-probe';
import { resolveStoreLocation } from '../electron/core/paths';
import { runAndStoreChecks } from '../electron/core/checks/service';
import { ChecksRepository } from '../electron/core/store/checks';
import { CorrectionsRepository } from '../electron/core/store/corrections';
import { DocumentsRepository } from '../electron/core/store/documents';
import { ExtractionRepository } from '../electron/core/store/extraction';
import { ReviewedData } from '../electron/core/review/reviewed';
import { buildExtraction } from '../shared/domain/extraction/build';

const root = path.resolve(import.meta.dirname, '..');
const file = process.argv[2] ?? path.join(root, '..', 'shared', 'realpdfs', '603598_引力传媒_2025年半年度报告.pdf');
const data = new Uint8Array(fs.readFileSync(file));

const phases: [string, number][] = [];
async function phase<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await run();
  phases.push([name, performance.now() - started]);
  return value;
}

const cpuStart = process.cpuUsage();
const wallStart = performance.now();
const store = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-profile-'));
const core = openCore({ location: resolveStoreLocation(store) });
try {
  const outcome = await phase('import (probe + store)', () => core.call('importFile', { fileName: path.basename(file), data }));
  if (outcome.status !== 'imported') throw new Error(`import: ${outcome.status}`);
  const doc = outcome.document;
  const geometries = await phase('page geometry (workers)', () => readAllPageGeometry(data, doc.pages));
  const result = await phase('build extraction', () => buildExtraction(geometries, { reportPeriod: doc.reportPeriod }));
  const extraction = new ExtractionRepository(core.db);
  await phase('store write', () => extraction.replace(doc.id, result));
  const documents = new DocumentsRepository(core.db);
  await phase('checks', () =>
    runAndStoreChecks({ documents, extraction, checks: new ChecksRepository(core.db), reviewed: new ReviewedData(extraction, new CorrectionsRepository(core.db)) }, documents.resolve(String(doc.id))),
  );
  if (process.argv.includes('--probe-only')) await phase('probe alone', () => probePdf(data));
} finally {
  await core.close();
  fs.rmSync(store, { recursive: true, force: true });
}
const cpu = process.cpuUsage(cpuStart);
for (const [name, ms] of phases) console.log(`${name.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms`);
console.log(`${'total'.padEnd(26)} ${(performance.now() - wallStart).toFixed(0).padStart(6)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (all threads)`);

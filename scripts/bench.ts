/**
 * `npm run bench`: speed and memory, in one run, against peers installed from Debian.
 * Full ingest (probe, store, text, tables, figures, written) by the built `gouji` CLI,
 * versus poppler's `pdftotext -bbox-layout` (text only) and pdfminer's layout analysis
 * (`pdf2txt`), on the 161-page report and the largest seed fixture.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFilingFigures } from '../electron/core/checks/service';
import { openCore } from '../electron/core/core';
import { resolveStoreLocation } from '../electron/core/paths';
import { ChecksRepository } from '../electron/core/store/checks';
import { DocumentsRepository } from '../electron/core/store/documents';
import { CorrectionsRepository } from '../electron/core/store/corrections';
import { ReviewedData } from '../electron/core/review/reviewed';
import { ExtractionRepository } from '../electron/core/store/extraction';
import { runChecksInvolving, runFilingChecks } from '../shared/domain/checks/run';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli', 'gouji.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Timed {
  ms: number;
  maxRssBytes?: number;
}

function which(command: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

function timeOnce(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Timed & { stderr: string } {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${run.stderr.slice(0, 500)}`);
  return { ms, stderr: run.stderr };
}

function best(runs: Timed[]): Timed {
  return { ms: Math.min(...runs.map((r) => r.ms)), maxRssBytes: Math.max(...runs.map((r) => r.maxRssBytes ?? 0)) };
}

function gouji(file: string): Timed {
  const runs: Timed[] = [];
  for (let i = 0; i < RUNS; i++) {
    const store = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-bench-'));
    const run = timeOnce(process.execPath, [cli, '--db', store, '--json', 'import', file], { ...process.env, GOUJI_REPORT_RESOURCES: '1' });
    const line = run.stderr.split('\n').find((l) => l.includes('goujiResources'));
    const resources = line ? (JSON.parse(line) as { goujiResources: { maxRssBytes: number } }).goujiResources : undefined;
    runs.push({ ms: run.ms, maxRssBytes: resources?.maxRssBytes });
    fs.rmSync(store, { recursive: true, force: true });
  }
  return best(runs);
}

function pages(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? NaN);
}

const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** All checks of a filing, and the re-check of one figure after a correction, in memory. */
async function benchChecks(file: string): Promise<boolean> {
  const store = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-bench-checks-'));
  timeOnce(process.execPath, [cli, '--db', store, 'import', file]);
  const core = openCore({ location: resolveStoreLocation(store) });
  try {
    const extraction = new ExtractionRepository(core.db);
    const ctx = { documents: new DocumentsRepository(core.db), extraction, checks: new ChecksRepository(core.db), reviewed: new ReviewedData(extraction, new CorrectionsRepository(core.db, extraction)) };
    const filing = loadFilingFigures(ctx, ctx.documents.resolve('1'));
    const all: number[] = [];
    let count = 0;
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      count = runFilingChecks(filing).length;
      all.push(performance.now() - started);
    }
    const figure = filing.figures.find((f) => f.source === 'table' && f.canonical === '货币资金') ?? filing.figures[0]!;
    const again: number[] = [];
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      runChecksInvolving(filing, [figure.id]);
      again.push(performance.now() - started);
    }
    console.log(`checks of ${path.basename(file)} (${filing.figures.length} figures, ${count} results)`);
    console.log(`  all checks          ${median(all).toFixed(1)} ms median of 7 (goal ≤ 200 ms)`);
    console.log(`  re-check one figure ${median(again).toFixed(1)} ms median of 7 (goal ≤ 20 ms)\n`);
    return median(all) <= 200 && median(again) <= 20;
  } finally {
    await core.close();
    fs.rmSync(store, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(cli)) throw new Error('run `npm run build` first');
  const report = [path.join(root, '..', 'shared', 'realpdfs', '603598_引力传媒_2025年半年度报告.pdf'), path.join(root, 'tests', 'fixtures', 'real', '603598-half-year-2025.pdf')].find((f) => fs.existsSync(f));
  const seeds = fs.readdirSync(path.join(root, 'tests', 'fixtures')).filter((f) => /^seed-\d+\.pdf$/.test(f)).map((f) => path.join(root, 'tests', 'fixtures', f));
  const largestSeed = seeds.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
  const files = [report, largestSeed].filter((f): f is string => Boolean(f));
  const pdftotext = which('pdftotext');
  const pdf2txt = which('pdf2txt') ?? which('pdf2txt.py');
  console.log(`machine: ${os.cpus().length} cores, node ${process.version}; best of ${RUNS} runs (pdfminer: 1 run)\n`);
  let ok = true;
  for (const file of files) {
    const n = pages(file);
    const ours = gouji(file);
    const poppler = pdftotext ? best(Array.from({ length: RUNS }, () => timeOnce(pdftotext, ['-bbox-layout', file, '/dev/null']))) : null;
    const pdfminer = pdf2txt ? timeOnce(pdf2txt, ['-o', '/dev/null', file]) : null;
    const rssMb = (ours.maxRssBytes ?? 0) / 2 ** 20;
    console.log(`${path.basename(file)} (${n} pages)`);
    console.log(`  gouji full ingest   ${fmt(ours.ms)}  ${(n / (ours.ms / 1000)).toFixed(1)} pages/s  peak RSS ${rssMb.toFixed(0)} MB (goal ≤ 600 MB)`);
    if (poppler) {
      const ratio = ours.ms / poppler.ms;
      console.log(`  poppler pdftotext   ${fmt(poppler.ms)}  ${(n / (poppler.ms / 1000)).toFixed(1)} pages/s  gouji/poppler ${ratio.toFixed(2)}× (goal ≤ 4×)`);
      ok &&= ratio <= 4;
    }
    if (pdfminer) {
      const ratio = pdfminer.ms / ours.ms;
      console.log(`  pdfminer pdf2txt    ${fmt(pdfminer.ms)}  ${(n / (pdfminer.ms / 1000)).toFixed(1)} pages/s  pdfminer/gouji ${ratio.toFixed(2)}× faster (goal ≥ 5×)`);
      ok &&= ratio >= 5;
    }
    ok &&= rssMb <= 600;
    console.log('');
  }
  if (largestSeed) ok = (await benchChecks(largestSeed)) && ok;
  ok &&= spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'bench-export.ts')], { stdio: 'inherit' }).status === 0;
  const renderBench = path.join(root, 'scripts', 'bench-render.ts');
  if (fs.existsSync(renderBench)) {
    const render = spawnSync(process.execPath, ['--import', 'tsx', renderBench], { stdio: 'inherit' });
    ok &&= render.status === 0;
  }
  console.log(ok ? 'all goals met' : 'some goals missed (see above)');
}

await main();

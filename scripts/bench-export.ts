/**
 * Export speed and peak memory on the 161-page real report (its statements tie: a short
 * findings report) and on the 152-page half-year fixture (planted errors: a findings report
 * with a hundred pictures): `gouji export` as a user runs it (the built CLI, its own
 * process), once per format, after one import. Prints the time, peak RSS (the snippet
 * worker thread included: it shares the process) and file sizes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli', 'gouji.mjs');
const FILES = [path.join(root, '..', 'shared', 'realpdfs', '603598_引力传媒_2025年半年度报告.pdf'), path.join(root, 'tests', 'fixtures', 'seed-001.pdf')];
/** Goals: a report-sized filing exports within this, in this much memory. */
const GOAL_MS = 120_000;
const GOAL_RSS_MB = 1024;

function gouji(store: string, args: string[]): { ms: number; rssMb: number; stdout: string } {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, '--db', store, '--json', ...args], { env: { ...process.env, GOUJI_REPORT_RESOURCES: '1' }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`gouji ${args.join(' ')} failed (${run.status}): ${run.stderr.slice(0, 500)}`);
  const line = run.stderr.split('\n').find((l) => l.includes('goujiResources'));
  const rss = line ? (JSON.parse(line) as { goujiResources: { maxRssBytes: number } }).goujiResources.maxRssBytes : 0;
  return { ms, rssMb: rss / 2 ** 20, stdout: run.stdout };
}

const size = (bytes: number): string => (bytes >= 1 << 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} kB`);

function benchFile(file: string): boolean {
  const store = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-bench-export-'));
  let ok = true;
  try {
    gouji(store, ['import', file]);
    console.log(`export of ${path.basename(file)}`);
    for (const [label, args] of [
      ['csv', ['--format', 'csv']],
      ['xlsx', ['--format', 'xlsx']],
      ['report', ['--format', 'report', '--report-format', 'both']],
    ] as const) {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gouji-bench-out-'));
      const run = gouji(store, ['export', ...args, '--out', out, '1']);
      const files = (JSON.parse(run.stdout) as { files: { name: string; bytes: number }[] }).files;
      const total = files.reduce((sum, f) => sum + f.bytes, 0);
      const listed = files.length > 3 ? `${files.length} files` : files.map((f) => `${path.extname(f.name).slice(1)} ${size(f.bytes)}`).join(', ');
      console.log(`  ${label.padEnd(7)} ${(run.ms / 1000).toFixed(2)} s  peak RSS ${run.rssMb.toFixed(0)} MB  ${size(total)} (${listed})`);
      ok &&= run.ms <= GOAL_MS && run.rssMb <= GOAL_RSS_MB;
      fs.rmSync(out, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(store, { recursive: true, force: true });
  }
  return ok;
}

if (!fs.existsSync(cli)) throw new Error('run `npm run build` first');
let ok = true;
for (const file of FILES) {
  if (fs.existsSync(file)) ok = benchFile(file) && ok;
  else console.log(`export bench: ${file} is not here, skipped`);
}
console.log(`  goals: each export ≤ ${GOAL_MS / 1000} s, ≤ ${GOAL_RSS_MB} MB\n`);
process.exit(ok ? 0 : 1);

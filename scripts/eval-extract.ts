/**
 * Table-extraction evaluation (`npm run eval:extract`).
 *
 * For every seed fixture (tests/fixtures/seed-NNN.pdf) it reads each page's geometry
 * with pdf.js, detects the tables, matches them to the ground truth
 * (seed-NNN.tables.json) and scores cell-level precision and recall of
 * (row, column, text) triples. Exits non-zero below GOAL on either.
 *
 * Scoring rules:
 *  - Texts are compared after NFKC (normalizeText) with all white space removed: the
 *    ground truth keeps the seed's spaces ("预计 2026 年"), while a cell that wraps
 *    cannot tell a space at a line end from none.
 *  - Empty cells are not triples: the ground truth pads short rows with "" (drawn as
 *    empty ruled cells), and an empty cell carries nothing to get right or wrong; a
 *    misplaced row or column still shows, because every text after it moves.
 *  - A merged cell counts once, at its top-left (row, column); the cells it covers are
 *    empty. (The seed tables have no merged cells.)
 *  - Tables are matched one to one, greedily by the number of shared triples (ties by
 *    document order). Triples of unmatched detected tables count against precision,
 *    those of unmatched ground-truth tables against recall.
 *
 * Options: --seed NNN (only that seed), --worst N (tables to diff, default 8),
 * --show FILE.pdf [--pages A-B] (print the tables detected on those pages as grids).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPageGeometry } from '../electron/core/extract/page-geometry';
import { openPdf } from '../electron/core/ingest/pdfjs-node';
import type { GridTable, PageGeometry } from '../shared/domain/extraction/types';
import { detectTables } from '../shared/domain/tables';
import { normalizeText } from '../shared/domain/text-lines';

const GOAL = 0.98;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

interface TruthTable {
  index: number;
  headerRows: number;
  rows: string[][];
}

interface Truth {
  pdf: string;
  tables: TruthTable[];
}

type Triples = Set<string>;

function normalise(text: string): string {
  return normalizeText(text).replace(/\s+/gu, '');
}

function key(row: number, col: number, text: string): string {
  return `${row}\u0001${col}\u0001${text}`;
}

function truthTriples(table: TruthTable): Triples {
  const out: Triples = new Set();
  table.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const text = normalise(cell);
      if (text !== '') out.add(key(r, c, text));
    }),
  );
  return out;
}

function detectedTriples(table: GridTable): Triples {
  const out: Triples = new Set();
  for (const cell of table.cells) {
    const text = normalise(cell.text);
    if (text !== '') out.add(key(cell.row, cell.col, text));
  }
  return out;
}

function shared(a: Triples, b: Triples): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) n++;
  return n;
}

interface Pair {
  truth: number;
  detected: number;
  overlap: number;
}

function matchTables(truth: readonly Triples[], detected: readonly Triples[]): Pair[] {
  const pairs: Pair[] = [];
  truth.forEach((t, i) =>
    detected.forEach((d, j) => {
      const overlap = shared(t, d);
      if (overlap > 0) pairs.push({ truth: i, detected: j, overlap });
    }),
  );
  pairs.sort((a, b) => b.overlap - a.overlap || Math.abs(a.truth - a.detected) - Math.abs(b.truth - b.detected));
  const usedTruth = new Set<number>();
  const usedDetected = new Set<number>();
  const matched: Pair[] = [];
  for (const pair of pairs) {
    if (usedTruth.has(pair.truth) || usedDetected.has(pair.detected)) continue;
    usedTruth.add(pair.truth);
    usedDetected.add(pair.detected);
    matched.push(pair);
  }
  return matched.sort((a, b) => a.truth - b.truth);
}

interface TableReport {
  seed: string;
  label: string;
  f1: number;
  diff: string[];
}

function describe(triple: string): string {
  const [r, c, text] = triple.split('\u0001');
  return `(${r},${c}) ${JSON.stringify(text)}`;
}

function diffLines(truth: Triples, detected: Triples, limit = 6): string[] {
  const missing = [...truth].filter((t) => !detected.has(t));
  const extra = [...detected].filter((t) => !truth.has(t));
  return [
    ...missing.slice(0, limit).map((t) => `    - ${describe(t)}`),
    ...(missing.length > limit ? [`    - … ${missing.length - limit} more missing`] : []),
    ...extra.slice(0, limit).map((t) => `    + ${describe(t)}`),
    ...(extra.length > limit ? [`    + … ${extra.length - limit} more extra`] : []),
  ];
}

async function readGeometry(file: string, pages?: { from: number; to: number }): Promise<{ geometry: PageGeometry[]; ms: number }> {
  const task = openPdf(new Uint8Array(readFileSync(file)));
  try {
    const doc = await task.promise;
    const start = performance.now();
    const geometry: PageGeometry[] = [];
    const from = pages?.from ?? 1;
    const to = Math.min(pages?.to ?? doc.numPages, doc.numPages);
    for (let n = from; n <= to; n++) geometry.push(await readPageGeometry(await doc.getPage(n)));
    return { geometry, ms: performance.now() - start };
  } finally {
    await task.destroy();
  }
}

interface SeedScore {
  tp: number;
  detected: number;
  truth: number;
  pages: number;
  readMs: number;
  detectMs: number;
}

async function evaluateSeed(seed: string, reports: TableReport[]): Promise<SeedScore> {
  const truth = JSON.parse(readFileSync(path.join(FIXTURES, `seed-${seed}.tables.json`), 'utf8')) as Truth;
  const { geometry, ms: readMs } = await readGeometry(path.join(FIXTURES, truth.pdf));
  const start = performance.now();
  const tables = detectTables(geometry);
  const detectMs = performance.now() - start;
  const truthSets = truth.tables.map(truthTriples);
  const detectedSets = tables.map(detectedTriples);
  const matched = matchTables(truthSets, detectedSets);
  const tp = matched.reduce((sum, p) => sum + p.overlap, 0);
  const detectedTotal = detectedSets.reduce((sum, s) => sum + s.size, 0);
  const truthTotal = truthSets.reduce((sum, s) => sum + s.size, 0);
  const headersAgree = matched.filter((p) => truth.tables[p.truth]!.headerRows === tables[p.detected]!.headerRows).length;
  const precision = detectedTotal === 0 ? 1 : tp / detectedTotal;
  const recall = truthTotal === 0 ? 1 : tp / truthTotal;
  console.log(
    `seed-${seed}: ${geometry.length} pages, GT tables ${truth.tables.length}, detected ${tables.length}, matched ${matched.length}` +
      ` (header rows agree ${headersAgree}), precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}` +
      ` [${tp}/${detectedTotal} detected, ${tp}/${truthTotal} truth]`,
  );
  for (const pair of matched) {
    const t = truthSets[pair.truth]!;
    const d = detectedSets[pair.detected]!;
    const f1 = (2 * pair.overlap) / (t.size + d.size);
    if (f1 < 1) {
      const table = tables[pair.detected]!;
      const where = `pages ${table.pageStart}-${table.pageEnd}, ${table.rowCount}x${table.colCount}`;
      reports.push({ seed, label: `GT #${pair.truth} ↔ detected #${pair.detected} (${where})`, f1, diff: diffLines(t, d) });
    }
  }
  const matchedTruth = new Set(matched.map((p) => p.truth));
  const matchedDetected = new Set(matched.map((p) => p.detected));
  truthSets.forEach((t, i) => {
    if (!matchedTruth.has(i) && t.size > 0) reports.push({ seed, label: `GT #${i} not found`, f1: 0, diff: diffLines(t, new Set()) });
  });
  detectedSets.forEach((d, j) => {
    const table = tables[j]!;
    if (!matchedDetected.has(j) && d.size > 0) {
      reports.push({ seed, label: `detected #${j} (page ${table.pageStart}, ${table.rowCount}x${table.colCount}) matches no GT table`, f1: 0, diff: diffLines(new Set(), d) });
    }
  });
  return { tp, detected: detectedTotal, truth: truthTotal, pages: geometry.length, readMs, detectMs };
}

/** The table as a text grid: "←" and "↑" mark the cells a merged cell covers. */
function formatGrid(table: GridTable): string {
  const grid = Array.from({ length: table.rowCount }, () => Array<string>(table.colCount).fill(''));
  for (const cell of table.cells) {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) {
        grid[r]![c] = r === cell.row && c === cell.col ? cell.text : c > cell.col ? '←' : '↑';
      }
    }
  }
  const widths = Array.from({ length: table.colCount }, (_, c) => Math.min(28, Math.max(1, ...grid.map((row) => [...row[c]!].length))));
  return grid
    .map((row, r) => {
      const marker = r < table.headerRows ? 'H' : ' ';
      const cells = row.map((text, c) => {
        const chars = [...text];
        return chars.length > widths[c]! ? chars.slice(0, widths[c]! - 1).join('') + '…' : text.padEnd(widths[c]!);
      });
      return `${marker} | ${cells.join(' | ')} |`;
    })
    .join('\n');
}

async function show(file: string, pages: { from: number; to: number } | undefined): Promise<void> {
  const { geometry, ms } = await readGeometry(file, pages);
  const start = performance.now();
  const tables = detectTables(geometry);
  const detectMs = performance.now() - start;
  console.log(`${file}: ${geometry.length} pages read in ${ms.toFixed(0)} ms, ${tables.length} tables detected in ${detectMs.toFixed(1)} ms`);
  for (const table of tables) {
    const regions = table.regions.map((r) => `p${r.page}@${r.box.y0.toFixed(0)}-${r.box.y1.toFixed(0)}`).join(', ');
    console.log(`\n[pages ${table.pageStart}-${table.pageEnd}] ${table.rowCount}x${table.colCount}, ${table.headerRows} header rows, ${table.ruled ? 'ruled' : 'unruled'}; ${regions}`);
    console.log(formatGrid(table));
  }
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function pageRange(spec: string | undefined): { from: number; to: number } | undefined {
  const match = /^(\d+)(?:-(\d+))?$/u.exec(spec ?? '');
  return match ? { from: Number(match[1]), to: Number(match[2] ?? match[1]) } : undefined;
}

async function main(): Promise<number> {
  const showFile = option('--show');
  if (showFile) {
    await show(showFile, pageRange(option('--pages')));
    return 0;
  }
  const only = option('--seed');
  const worst = Number(option('--worst') ?? 8);
  const seeds = readdirSync(FIXTURES)
    .map((f) => /^seed-(\d{3})\.tables\.json$/u.exec(f)?.[1])
    .filter((s): s is string => s !== undefined && (only === undefined || s === only))
    .sort();
  const reports: TableReport[] = [];
  const total: SeedScore = { tp: 0, detected: 0, truth: 0, pages: 0, readMs: 0, detectMs: 0 };
  for (const seed of seeds) {
    const score = await evaluateSeed(seed, reports);
    for (const k of Object.keys(total) as (keyof SeedScore)[]) total[k] += score[k];
  }
  const precision = total.detected === 0 ? 1 : total.tp / total.detected;
  const recall = total.truth === 0 ? 1 : total.tp / total.truth;
  console.log(`\noverall (micro-average): precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}  [goal ≥ ${GOAL}]`);
  console.log(
    `timing: ${total.pages} pages; pdf.js geometry ${(total.readMs / 1000).toFixed(2)} s (${((total.pages * 1000) / total.readMs).toFixed(1)} pages/s);` +
      ` table detection ${total.detectMs.toFixed(0)} ms (${((total.pages * 1000) / Math.max(total.detectMs, 1e-3)).toFixed(0)} pages/s)`,
  );
  const shown = reports.sort((a, b) => a.f1 - b.f1).slice(0, worst);
  if (shown.length > 0) console.log(`\nworst tables (${shown.length} of ${reports.length} imperfect):`);
  for (const report of shown) {
    console.log(`  seed-${report.seed} ${report.label}: F1 ${report.f1.toFixed(3)}`);
    for (const line of report.diff) console.log(line);
  }
  return precision >= GOAL && recall >= GOAL ? 0 : 1;
}

process.exitCode = await main();

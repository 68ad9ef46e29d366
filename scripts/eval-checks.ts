/**
 * Planted-error benchmark of the checks (`npm run eval:checks`, issue #5).
 *
 * 1. Every table of seeds 000, 001 and 004 with numbers is rendered alone (title, unit
 *    caption, table; the fixtures' HTML and CSS) and imported with the built CLI, which
 *    extracts it and runs the checks. Tables on which some check passes are usable; the
 *    number cells those checks read are the checkable cells.
 * 2. Failures on those clean tables, and on the full fixtures as imported, are listed and
 *    sorted by cause (classify.ts): seed-text artifacts are not false alarms.
 * 3. A seeded PRNG plants errors in usable tables — one digit changed, two values of a
 *    column swapped, a detail row above a total dropped — each mutated table is rendered
 *    alone, imported, checked; an error is caught when a check fails that involves the
 *    changed row (or the total a dropped row fed) and did not fail on the clean table.
 *
 * Exits 1 when recall is below 95 % or a check fails on a clean table for any reason but
 * a seed artifact. Options: --seed N (default 20260505), --keep (keep the temp folder).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brokenRows, classifyFailure, type FailCause } from './eval-checks/classify';
import { hasNumberBody, loadSeedTruth, type SeedTruth, type TruthTable } from './eval-checks/fixtures';
import { applyMutation, checkableCells, classifyDetection, planMutations, readInCleanRows, type CheckRead, type Mutation, type MutationCounts, type PlanTable } from './eval-checks/mutate';
import { importInShards, readStores, sha256Of, writePdf, type FilingReadout } from './eval-checks/pipeline';
import { placeInFiling, placeIsolated, type PlacedResult } from './eval-checks/reads';
import { openRenderer, type RenderableTable, type TableRenderer } from './eval-checks/render';
import { printFailures, printMutations, printTimings, recallByKind, type FailReport, type MutationOutcome } from './eval-checks/report';

const SEEDS = ['000', '001', '004'];
const DEFAULT_SEED = 20260505;
const COUNTS: MutationCounts = { digit: 50, swap: 30, drop: 30 };
const RECALL_GOAL = 0.95;
const SHARDS = Math.max(2, os.availableParallelism());

interface CleanTable {
  readonly truth: TruthTable;
  readonly placed: readonly PlacedResult[];
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function timed<T>(timings: [string, number][], phase: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  timings.push([phase, performance.now() - start]);
  return result;
}

async function renderAll(renderer: TableRenderer, dir: string, items: readonly { name: string; table: RenderableTable }[]): Promise<string[]> {
  const files: string[] = [];
  for (const item of items) files.push(writePdf(dir, item.name, await renderer.render(item.table)));
  return files;
}

function readoutOf(readouts: ReadonlyMap<string, FilingReadout>, file: string): FilingReadout {
  const readout = readouts.get(sha256Of(file));
  if (!readout) throw new Error(`${path.basename(file)} was not imported`);
  return readout;
}

const isHeld = (read: CheckRead): boolean => read.status === 'pass' || read.status === 'rounding';

function cleanFailures(tables: readonly CleanTable[]): FailReport[] {
  return tables.flatMap(({ truth, placed }) =>
    placed
      .filter((p) => p.record.status === 'fail')
      .map((p) => ({ where: truth.id, title: truth.title, placed: p, ...classifyFailure(p.read, p.figures, truth) })),
  );
}

/** The same check (rule and anchor) on the table rendered alone, if any. */
function aloneResult(p: PlacedResult, alone: CleanTable | undefined): PlacedResult | undefined {
  return alone?.placed.find((q) => q.read.rule === p.read.rule && q.read.anchor?.row === p.read.anchor?.row && q.read.anchor?.col === p.read.anchor?.col);
}

/** Broken rows of the other tables a cross-table check read (主要会计数据 against a slid statement row). */
function brokenElsewhere(p: PlacedResult, truth: SeedTruth): string[] {
  return p.places
    .filter((place) => place.table !== p.truthTable)
    .flatMap((place) => {
      const table = truth.tables[place.table];
      const why = table ? brokenRows(table).get(place.pos.row) : undefined;
      return table && why ? [`${table.id}: ${why}`] : [];
    });
}

function classifyInFiling(p: PlacedResult, truth: SeedTruth, table: TruthTable, alone: PlacedResult | undefined): { cause: FailCause; why: string } {
  const own = classifyFailure(p.read, p.figures, table);
  if (own.cause !== 'unexplained') return own;
  const elsewhere = brokenElsewhere(p, truth);
  if (elsewhere.length > 0) return { cause: 'source_artifact', why: elsewhere.join('; ') };
  // Same table, same check code: only how the full filing was read can differ (stitching, row paths, table kind).
  if (alone && alone.read.status !== 'fail') return { cause: 'extraction', why: `the table rendered alone reads as ${alone.read.status}: the full filing is read differently` };
  return own;
}

function fixtureFailures(truth: SeedTruth, readout: FilingReadout, cleanById: ReadonlyMap<string, CleanTable>): FailReport[] {
  return placeInFiling(readout, truth.tables.map((t) => t.rows))
    .filter((p) => p.record.status === 'fail')
    .map((p) => {
      const table = p.truthTable === null ? undefined : truth.tables[p.truthTable];
      const where = `seed-${truth.seed}.pdf / ${table?.id ?? 'unplaced'}`;
      if (!table) return { where, title: null, placed: p, cause: 'extraction' as const, why: 'the checked figure could not be placed in any truth table' };
      const alone = aloneResult(p, cleanById.get(table.id));
      const note = alone ? `alone: ${alone.read.status}` : 'alone: no such check';
      return { where, title: table.title, placed: p, ...classifyInFiling(p, truth, table, alone), note };
    });
}

function planTables(usable: readonly CleanTable[]): PlanTable[] {
  return usable.map(({ truth, placed }) => ({ id: truth.id, rows: truth.rows, headerRows: truth.headerRows, reads: placed.map((p) => p.read) }));
}

function mutatedTable(truth: TruthTable, mutation: Mutation): RenderableTable {
  const headerRows = mutation.kind === 'drop' && mutation.row < truth.headerRows ? truth.headerRows - 1 : truth.headerRows;
  return { title: truth.title, unitCaption: truth.unitCaption, headerRows, rows: applyMutation(truth.rows, mutation) };
}

interface CleanRun {
  readonly truths: readonly SeedTruth[];
  readonly clean: readonly CleanTable[];
  readonly usable: readonly CleanTable[];
  readonly readouts: ReadonlyMap<string, FilingReadout>;
}

/** Every candidate table rendered alone and imported; the full fixtures imported alongside. */
async function runClean(renderer: TableRenderer, dir: string, timings: [string, number][]): Promise<CleanRun> {
  const truths = SEEDS.map(loadSeedTruth);
  const candidates = truths.flatMap((t) => t.tables).filter(hasNumberBody);
  // The full fixtures import in the background while Chromium renders the tables.
  const fullImport = importInShards(dir, 'full', truths.map((t) => t.pdf), 1);
  const files = await timed(timings, 'render clean', () => renderAll(renderer, dir, candidates.map((t) => ({ name: `clean-${t.seed}-${t.index}.pdf`, table: t }))));
  const stores = await timed(timings, 'import clean + fixtures', async () => [...(await importInShards(dir, 'clean', files, SHARDS)), ...(await fullImport)]);
  const readouts = await readStores(stores);
  const clean = candidates.map((truth, i) => ({ truth, placed: placeIsolated(readoutOf(readouts, files[i]!), truth.rows) }));
  return { truths, clean, usable: clean.filter((t) => t.placed.some((p) => isHeld(p.read))), readouts };
}

/** Each planned mutation rendered alone, imported, and judged against its clean table. */
async function runMutations(renderer: TableRenderer, dir: string, timings: [string, number][], mutations: readonly Mutation[], cleanById: ReadonlyMap<string, CleanTable>): Promise<MutationOutcome[]> {
  const named = mutations.map((m, i) => ({ name: `mutated-${String(i).padStart(3, '0')}.pdf`, table: mutatedTable(cleanById.get(m.table)!.truth, m) }));
  const files = await timed(timings, 'render mutated', () => renderAll(renderer, dir, named));
  const readouts = await timed(timings, 'import mutated', async () => readStores(await importInShards(dir, 'mutated', files, SHARDS)));
  return mutations.map((mutation, i) => {
    const { truth, placed } = cleanById.get(mutation.table)!;
    const reads = placeIsolated(readoutOf(readouts, files[i]!), applyMutation(truth.rows, mutation)).map((p) => readInCleanRows(mutation, p.read));
    return { mutation, table: truth, detection: classifyDetection(mutation, placed.map((p) => p.read), reads) };
  });
}

function printTables(run: CleanRun, plan: readonly PlanTable[]): void {
  const candidates = run.clean.length;
  const all = run.truths.reduce((n, t) => n + t.tables.length, 0);
  const held = run.usable.reduce((n, t) => n + t.placed.filter((p) => isHeld(p.read)).length, 0);
  const results = run.clean.reduce((n, t) => n + t.placed.length, 0);
  console.log(`\ntables: ${candidates} rendered alone (of ${all} in seeds ${SEEDS.join(', ')}); ${run.usable.length} usable (a check passed), ${candidates - run.usable.length} skipped`);
  console.log(`checks on clean tables: ${results} results, ${held} pass/rounding; ${plan.reduce((n, t) => n + checkableCells(t).length, 0)} checkable cells`);
  console.log('planted: digit = one digit of a checkable cell; swap = two cells of a column that some check tells apart (never two addends of one sum); drop = a detail row of a total over 2+ rows');
}

async function main(): Promise<void> {
  const seed = Number(option('--seed') ?? DEFAULT_SEED);
  const timings: [string, number][] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gouji-eval-checks-'));
  console.log(`eval:checks — planted-error benchmark; PRNG mulberry32, seed ${seed}; work folder ${dir}`);
  const renderer = await openRenderer();
  try {
    const run = await runClean(renderer, dir, timings);
    const cleanById = new Map(run.clean.map((t) => [t.truth.id, t]));
    const plan = planTables(run.usable);
    const outcomes = await runMutations(renderer, dir, timings, planMutations(plan, seed, COUNTS), cleanById);

    printTables(run, plan);
    const falseAlarms = cleanFailures(run.clean);
    printFailures('clean tables rendered alone', falseAlarms);
    for (const truth of run.truths) printFailures(`full fixture seed-${truth.seed}.pdf`, fixtureFailures(truth, readoutOf(run.readouts, truth.pdf), cleanById));
    printMutations(outcomes, RECALL_GOAL);
    printTimings(timings);

    const overall = recallByKind(outcomes).find((r) => r.kind === 'all')!;
    const recall = overall.total === 0 ? 0 : overall.detected / overall.total;
    // Planted errors flagged: a new ✗, or a new ≈ where the clean table tied to the cent
    // (a one-cent change inside n × 0.5 × 10^-d is a rounding difference by the rule).
    const flagged = overall.total === 0 ? 0 : overall.flagged / overall.total;
    const alarms = falseAlarms.filter((f) => f.cause !== 'source_artifact').length;
    console.log(`\nresult: recall ${(flagged * 100).toFixed(1)}% flagged (✗ alone ${(recall * 100).toFixed(1)}%; goal ≥ ${RECALL_GOAL * 100}%), ${alarms} false alarm(s) on clean tables (goal 0)`);
    process.exitCode = flagged < RECALL_GOAL || alarms > 0 ? 1 : 0;
  } finally {
    await renderer.close();
    if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
}

await main();

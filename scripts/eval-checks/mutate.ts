/**
 * The pure part of the planted-error benchmark: a seeded PRNG, the cells and rows a
 * mutation may touch (those a passing check reads), the mutations themselves, and whether
 * the checks of the mutated table caught one. Every position is a ground-truth (row, col)
 * of the clean table; results of a mutated table are mapped back to those positions first.
 */
import { parseNumber } from '../../shared/domain/numbers';
import { isNumericCell } from '../../tests/fixtures/seed-parse';
import type { CellPos, Rows } from './align';

export type CheckStatus = 'pass' | 'rounding' | 'fail' | 'cannot_evaluate';

/** One check result as the benchmark sees it: which truth cells it read; the first placed one is its anchor. */
export interface CheckRead {
  readonly rule: string;
  readonly family: string;
  readonly status: CheckStatus;
  /** The checked figure's cell (the total, the printed ratio); null when it could not be placed. */
  readonly anchor: CellPos | null;
  /** Every placed cell the check read, anchor included. */
  readonly cells: readonly CellPos[];
  readonly difference: string | null;
  readonly tolerance: string | null;
}

export type MutationKind = 'digit' | 'swap' | 'drop';
export const MUTATION_KINDS: readonly MutationKind[] = ['digit', 'swap', 'drop'];

export type Mutation =
  | { readonly kind: 'digit'; readonly table: string; readonly cell: CellPos; readonly before: string; readonly after: string }
  | { readonly kind: 'swap'; readonly table: string; readonly cells: readonly [CellPos, CellPos]; readonly texts: readonly [string, string] }
  /** `feeds`: rows of the totals whose footing read the dropped row. */
  | { readonly kind: 'drop'; readonly table: string; readonly row: number; readonly feeds: readonly number[] };

/** A clean table that some check passed on: what the planner may mutate. */
export interface PlanTable {
  readonly id: string;
  readonly rows: Rows;
  readonly headerRows: number;
  readonly reads: readonly CheckRead[];
}

// ---------------------------------------------------------------- PRNG

export type Random = () => number;

/** mulberry32: small, fast, and the same sequence on every platform for a given seed. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T | undefined {
  return items[Math.floor(random() * items.length)];
}

// ---------------------------------------------------------------- candidates

const samePos = (a: CellPos, b: CellPos): boolean => a.row === b.row && a.col === b.col;
const posKey = (p: CellPos): string => `${p.row},${p.col}`;
const isHeld = (read: CheckRead): boolean => read.status === 'pass' || read.status === 'rounding';

function textAt(rows: Rows, pos: CellPos): string {
  return rows[pos.row]?.[pos.col] ?? '';
}

function numericValue(text: string): string | null {
  const parsed = parseNumber(text);
  return parsed.kind === 'number' ? parsed.value : null;
}

function isNonZero(text: string): boolean {
  const value = numericValue(text);
  return value !== null && !/^-?0(?:\.0+)?$/u.test(value);
}

/** Number cells of body rows that a passing (or rounding) check reads. */
export function checkableCells(table: PlanTable): CellPos[] {
  const seen = new Map<string, CellPos>();
  for (const read of table.reads.filter(isHeld)) {
    for (const cell of read.cells) {
      if (cell.row < table.headerRows || !isNumericCell(textAt(table.rows, cell))) continue;
      seen.set(posKey(cell), cell);
    }
  }
  return [...seen.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * Swapping two addends of the same sum changes nothing any check can see; a pair is kept
 * only when some passing check reads exactly one of the two cells, or reads one as its
 * anchor (the total) and the other as an addend.
 */
function swapIsVisible(reads: readonly CheckRead[], a: CellPos, b: CellPos): boolean {
  return reads.filter(isHeld).some((read) => {
    const hasA = read.cells.some((c) => samePos(c, a));
    const hasB = read.cells.some((c) => samePos(c, b));
    if (hasA !== hasB) return true;
    return hasA && read.anchor !== null && (samePos(read.anchor, a) || samePos(read.anchor, b));
  });
}

export function swapCandidates(table: PlanTable): [CellPos, CellPos][] {
  const cells = checkableCells(table);
  const pairs: [CellPos, CellPos][] = [];
  cells.forEach((a, i) => {
    for (const b of cells.slice(i + 1)) {
      if (a.col !== b.col || a.row === b.row) continue;
      if (numericValue(textAt(table.rows, a)) === numericValue(textAt(table.rows, b))) continue;
      if (swapIsVisible(table.reads, a, b)) pairs.push([a, b]);
    }
  });
  return pairs;
}

const MIN_ADDEND_ROWS = 2;

function addendRows(read: CheckRead): Set<number> {
  return new Set(read.cells.slice(1).map((c) => c.row));
}

/**
 * Detail rows (not totals themselves) that a passing footing reads with a non-zero value,
 * and the totals they feed. Only totals over two rows or more: dropping the one row of a
 * one-row total leaves a total of nothing, which no sum can contradict.
 */
export function dropCandidates(table: PlanTable): { row: number; feeds: number[] }[] {
  const allFootings = table.reads.filter((r) => isHeld(r) && r.rule === 'footing.total' && r.anchor !== null);
  const totalRows = new Set(allFootings.map((r) => r.anchor!.row));
  const footings = allFootings.filter((r) => addendRows(r).size >= MIN_ADDEND_ROWS);
  const feeds = new Map<number, Set<number>>();
  for (const read of footings) {
    for (const cell of read.cells.slice(1)) {
      if (cell.row < table.headerRows || totalRows.has(cell.row) || !isNonZero(textAt(table.rows, cell))) continue;
      feeds.set(cell.row, (feeds.get(cell.row) ?? new Set()).add(read.anchor!.row));
    }
  }
  return [...feeds.entries()].sort(([a], [b]) => a - b).map(([row, totals]) => ({ row, feeds: [...totals].sort((a, b) => a - b) }));
}

// ---------------------------------------------------------------- mutations

/**
 * Replaces one digit of a number, keeping every other character (separators, decimals,
 * sign, %); the leading digit never becomes 0, so the number keeps its printed width.
 */
export function changeDigit(text: string, random: Random): string | null {
  const positions = [...text].flatMap((ch, i) => (/\d/u.test(ch) ? [i] : []));
  const position = pick(random, positions);
  if (position === undefined) return null;
  const current = text[position]!;
  const leading = position === positions[0];
  const choices = '0123456789'.split('').filter((d) => d !== current && !(leading && d === '0'));
  const replacement = pick(random, choices)!;
  return text.slice(0, position) + replacement + text.slice(position + 1);
}

export function applyMutation(rows: Rows, mutation: Mutation): string[][] {
  const copy = rows.map((row) => [...row]);
  switch (mutation.kind) {
    case 'digit':
      copy[mutation.cell.row]![mutation.cell.col] = mutation.after;
      return copy;
    case 'swap': {
      const [a, b] = mutation.cells;
      copy[a.row]![a.col] = mutation.texts[1];
      copy[b.row]![b.col] = mutation.texts[0];
      return copy;
    }
    case 'drop':
      return copy.filter((_, index) => index !== mutation.row);
  }
}

/** A row of the mutated table as a row of the clean one (only a drop shifts rows). */
export function toCleanRow(mutation: Mutation, row: number): number {
  return mutation.kind === 'drop' && row >= mutation.row ? row + 1 : row;
}

export function readInCleanRows(mutation: Mutation, read: CheckRead): CheckRead {
  const move = (p: CellPos): CellPos => ({ row: toCleanRow(mutation, p.row), col: p.col });
  return { ...read, anchor: read.anchor === null ? null : move(read.anchor), cells: read.cells.map(move) };
}

/** Rows a failing check must involve for the mutation to count as caught. */
export function targetRows(mutation: Mutation): number[] {
  switch (mutation.kind) {
    case 'digit':
      return [mutation.cell.row];
    case 'swap':
      return [...new Set(mutation.cells.map((c) => c.row))];
    case 'drop':
      return [...mutation.feeds];
  }
}

export function describeMutation(mutation: Mutation): string {
  switch (mutation.kind) {
    case 'digit':
      return `digit r${mutation.cell.row}c${mutation.cell.col} ${mutation.before} → ${mutation.after}`;
    case 'swap': {
      const [a, b] = mutation.cells;
      return `swap c${a.col} r${a.row} "${mutation.texts[0]}" ↔ r${b.row} "${mutation.texts[1]}"`;
    }
    case 'drop':
      return `drop r${mutation.row} (feeds total row${mutation.feeds.length > 1 ? 's' : ''} ${mutation.feeds.join(', ')})`;
  }
}

// ---------------------------------------------------------------- planning

export type MutationCounts = Readonly<Record<MutationKind, number>>;

function mutationKey(m: Mutation): string {
  switch (m.kind) {
    case 'digit':
      return `${m.table}|digit|${posKey(m.cell)}`;
    case 'swap':
      return `${m.table}|swap|${m.cells.map(posKey).join('|')}`;
    case 'drop':
      return `${m.table}|drop|${m.row}`;
  }
}

/** Every candidate of one table, computed once: swap pairs are quadratic in a column's cells. */
interface TableCandidates {
  readonly table: PlanTable;
  readonly cells: readonly CellPos[];
  readonly pairs: readonly [CellPos, CellPos][];
  readonly drops: readonly { row: number; feeds: number[] }[];
}

function candidatesOf(table: PlanTable): TableCandidates {
  return { table, cells: checkableCells(table), pairs: swapCandidates(table), drops: dropCandidates(table) };
}

function candidateCount(kind: MutationKind, c: TableCandidates): number {
  return kind === 'digit' ? c.cells.length : kind === 'swap' ? c.pairs.length : c.drops.length;
}

function draw(kind: MutationKind, c: TableCandidates, random: Random): Mutation | null {
  const { table } = c;
  switch (kind) {
    case 'digit': {
      const cell = pick(random, c.cells);
      if (!cell) return null;
      const before = textAt(table.rows, cell);
      const after = changeDigit(before, random);
      return after === null ? null : { kind, table: table.id, cell, before, after };
    }
    case 'swap': {
      const pair = pick(random, c.pairs);
      return pair ? { kind, table: table.id, cells: pair, texts: [textAt(table.rows, pair[0]), textAt(table.rows, pair[1])] } : null;
    }
    case 'drop': {
      const drop = pick(random, c.drops);
      return drop ? { kind, table: table.id, row: drop.row, feeds: drop.feeds } : null;
    }
  }
}

/**
 * `counts[kind]` distinct mutations per kind: a table drawn uniformly among those that
 * allow the kind (so one long statement does not take them all), then a candidate in it.
 */
export function planMutations(tables: readonly PlanTable[], seed: number, counts: MutationCounts): Mutation[] {
  const random = mulberry32(seed);
  const candidates = tables.map(candidatesOf);
  const planned: Mutation[] = [];
  const taken = new Set<string>();
  for (const kind of MUTATION_KINDS) {
    const eligible = candidates.filter((c) => candidateCount(kind, c) > 0);
    let made = 0;
    for (let attempt = 0; made < counts[kind] && attempt < counts[kind] * 20 && eligible.length > 0; attempt += 1) {
      const mutation = draw(kind, pick(random, eligible)!, random);
      if (mutation === null || taken.has(mutationKey(mutation))) continue;
      taken.add(mutationKey(mutation));
      planned.push(mutation);
      made += 1;
    }
  }
  return planned;
}

// ---------------------------------------------------------------- detection

export interface Detection {
  /** A check reading the changed row now fails (✗) where it did not on the clean table. */
  readonly detected: boolean;
  /** Detected, or a check that tied exactly on the clean table now shows a rounding difference (≈): the reviewer sees a new mark. */
  readonly flagged: boolean;
  /** Families of the new failures that involve the target rows. */
  readonly families: readonly string[];
  readonly rules: readonly string[];
  /** Why it was missed, for a person to read; null when detected. */
  readonly reason: string | null;
}

/** Same check, same anchor: how a result of the mutated table is matched to the clean one. */
export function readSignature(read: CheckRead): string {
  const where = read.anchor === null ? read.cells.map(posKey).sort().join('|') : posKey(read.anchor);
  return `${read.rule}@${where}`;
}

const touches = (read: CheckRead, rows: readonly number[]): boolean => read.cells.some((c) => rows.includes(c.row));

function missReason(mutation: Mutation, touching: readonly CheckRead[], cleanFails: ReadonlySet<string>): string {
  if (touching.length === 0) return 'no check read the row in the mutated table';
  const rounding = touching.find((r) => r.status === 'rounding');
  if (rounding) return `within rounding tolerance: ${rounding.rule} difference ${rounding.difference ?? '?'} ≤ tolerance ${rounding.tolerance ?? '?'}`;
  const oldFail = touching.find((r) => r.status === 'fail' && cleanFails.has(readSignature(r)));
  if (oldFail) return `the only failing check (${oldFail.rule}) failed on the clean table too`;
  if (mutation.kind === 'swap') {
    const [a, b] = mutation.cells;
    const both = touching.filter((r) => r.status === 'pass' && r.cells.some((c) => samePos(c, a)) && r.cells.some((c) => samePos(c, b)));
    if (both.length === touching.length) return 'every check reads both swapped cells as addends of one sum';
  }
  const rules = [...new Set(touching.map((r) => `${r.rule}:${r.status}`))].join(', ');
  return `checks reading the row did not fail (${rules})`;
}

/**
 * Caught when a check fails on the mutated table, involves a target row, and is not a
 * check that already failed on the clean table. `mutatedReads` must be in clean rows.
 */
export function classifyDetection(mutation: Mutation, cleanReads: readonly CheckRead[], mutatedReads: readonly CheckRead[]): Detection {
  const cleanFails = new Set(cleanReads.filter((r) => r.status === 'fail').map(readSignature));
  const targets = targetRows(mutation);
  const touching = mutatedReads.filter((r) => touches(r, targets));
  const caught = touching.filter((r) => r.status === 'fail' && !cleanFails.has(readSignature(r)));
  if (caught.length > 0) {
    return { detected: true, flagged: true, families: [...new Set(caught.map((r) => r.family))].sort(), rules: [...new Set(caught.map((r) => r.rule))].sort(), reason: null };
  }
  const cleanExact = new Set(cleanReads.filter((r) => r.status === 'pass').map(readSignature));
  const newRounding = touching.some((r) => r.status === 'rounding' && cleanExact.has(readSignature(r)));
  return { detected: false, flagged: newRounding, families: [], rules: [], reason: missReason(mutation, touching, cleanFails) };
}

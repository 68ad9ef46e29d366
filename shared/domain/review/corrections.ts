/**
 * Corrections as plain data: what a reviewer may type for each field, and how approved
 * corrections turn extracted figures and cells into reviewed ones. Pending and rejected
 * corrections change nothing; the extracted value is kept beside the reviewed one.
 */
import type { CellRecord, FigureRecord } from '../../api/contract';
import type { CorrectionField } from '../../api/review-contract';
import { canonicalMetric } from '../metrics';
import { parseNumber } from '../numbers';
import { parsePeriod } from '../periods';
import { parseUnit } from '../units';

export interface ApprovedCorrection {
  targetKey: string;
  field: CorrectionField;
  newValue: string;
}

export type NormalizedCorrection = { ok: true; value: string } | { ok: false; message: string };

/** Which fields apply to a figure and which to a cell. */
export const FIGURE_FIELDS: readonly CorrectionField[] = ['value', 'row', 'column', 'unit', 'period'];
export const CELL_FIELDS: readonly CorrectionField[] = ['text', 'row', 'column'];

/** Check and normalise what a reviewer typed: a value must be a number, a unit a unit, a period a period. */
export function normalizeCorrection(field: CorrectionField, raw: string): NormalizedCorrection {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'the new value is empty' };
  switch (field) {
    case 'value': {
      const parsed = parseNumber(text);
      if (parsed.kind !== 'number') return { ok: false, message: `"${text}" is not a number` };
      return { ok: true, value: parsed.value };
    }
    case 'unit':
      return parseUnit(text) ? { ok: true, value: text } : { ok: false, message: `"${text}" is not a unit Gouji knows (元, 万元, 亿元, 股, %, …)` };
    case 'period':
      return parsePeriod(text) ? { ok: true, value: text } : { ok: false, message: `"${text}" is not a period (本期, 上年同期, 期末, 2025年6月30日, …)` };
    default:
      return { ok: true, value: text };
  }
}

function replaceLast(path: readonly string[], label: string): string[] {
  return path.length === 0 ? [label] : [...path.slice(0, -1), label];
}

function applyToFigure(figure: FigureRecord, field: CorrectionField, value: string): FigureRecord {
  switch (field) {
    case 'value':
    case 'text': {
      const parsed = parseNumber(value);
      if (parsed.kind !== 'number') return figure;
      return { ...figure, value: parsed.value, precision: parsed.precision };
    }
    case 'row':
      return { ...figure, metric: value, canonical: canonicalMetric(value), rowPath: replaceLast(figure.rowPath, value) };
    case 'column': {
      const period = parsePeriod(value);
      return { ...figure, columnPath: replaceLast(figure.columnPath, value), periodKind: period?.kind ?? null, periodLabel: period ? value : null, periodStart: period?.start ?? null, periodEnd: period?.end ?? null };
    }
    case 'unit': {
      const unit = parseUnit(value);
      return unit ? { ...figure, unit: unit.unit, scale: unit.scale } : figure;
    }
    case 'period': {
      const period = parsePeriod(value);
      return period ? { ...figure, periodKind: period.kind, periodLabel: value, periodStart: period.start ?? null, periodEnd: period.end ?? null } : figure;
    }
  }
}

/** Group approved corrections by target, in the order given (oldest first: the last one wins). */
function byTarget(corrections: readonly ApprovedCorrection[]): Map<string, ApprovedCorrection[]> {
  const map = new Map<string, ApprovedCorrection[]>();
  for (const c of corrections) map.set(c.targetKey, [...(map.get(c.targetKey) ?? []), c]);
  return map;
}

/** The reviewed figures: approved corrections applied, `reviewed` set where one changed something. */
export function applyCorrectionsToFigures(figures: readonly FigureRecord[], approved: readonly ApprovedCorrection[]): FigureRecord[] {
  if (approved.length === 0) return [...figures];
  const targets = byTarget(approved);
  return figures.map((figure) => {
    const corrections = targets.get(figure.key);
    if (!corrections) return figure;
    const reviewed = corrections.reduce((f, c) => applyToFigure(f, c.field, c.newValue), figure);
    return { ...reviewed, reviewed: true };
  });
}

/**
 * The reviewed cells of one table: an approved text correction replaces the text (and the
 * value, if it is a number); an approved value correction of the cell's figure replaces the
 * value and keeps the text as printed.
 */
export function applyCorrectionsToCells(cells: readonly CellRecord[], approved: readonly ApprovedCorrection[]): CellRecord[] {
  const targets = byTarget(approved.filter((c) => c.field === 'text' || c.field === 'value'));
  if (targets.size === 0) return [...cells];
  return cells.map((cell) => {
    const corrections = targets.get(cell.key);
    if (!corrections) return cell;
    return corrections.reduce<CellRecord>((current, c) => {
      const parsed = parseNumber(c.newValue);
      if (c.field === 'value') {
        return parsed.kind === 'number' ? { ...current, reviewed: true, valueKind: 'number', value: parsed.value, precision: parsed.precision } : current;
      }
      return {
        ...current,
        text: c.newValue,
        reviewed: true,
        valueKind: parsed.kind,
        value: parsed.kind === 'number' ? parsed.value : null,
        precision: parsed.kind === 'number' ? parsed.precision : null,
      };
    }, cell);
  });
}

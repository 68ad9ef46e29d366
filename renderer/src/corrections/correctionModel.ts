/**
 * Corrections as plain data for the UI: what can be corrected on a figure or a cell,
 * what it says now, whether what the reviewer typed is acceptable (by the shared rules
 * the core applies: `normalizeCorrection`), and the marker a grid shows for a target.
 */
import type { CellRecord, CorrectionField, CorrectionRecord, FigureRecord } from '../../../shared/api/contract';
import { CELL_FIELDS, FIGURE_FIELDS, normalizeCorrection } from '../../../shared/domain/review/corrections';
import { formatDecimal } from '../figures/formatValue';

/** What a correction is of: a figure, a table cell, or both (a table figure is its cell; both share the key). */
export type CorrectionTarget = { key: string; figure: FigureRecord | null; cell: CellRecord | null };

/** The fields offered: a figure's (value first), and a cell's text where the cell is at hand. */
export function fieldsFor(target: CorrectionTarget): CorrectionField[] {
  const fields: CorrectionField[] = target.figure ? [...FIGURE_FIELDS] : [];
  if (target.cell && CELL_FIELDS.includes('text')) fields.push('text');
  return fields;
}

/** What the field says now (the reviewed value, after any approved correction). */
export function currentValue(target: CorrectionTarget, field: CorrectionField): string | null {
  const { figure, cell } = target;
  switch (field) {
    case 'value':
      return figure?.value ?? null;
    case 'text':
      return cell?.text ?? null;
    case 'row':
      return figure?.metric ?? null;
    case 'column':
      return figure?.columnPath.at(-1) ?? null;
    case 'unit':
      return figure?.unit ?? null;
    case 'period':
      return figure?.periodLabel ?? null;
  }
}

/** What extraction read, where the record keeps it (a figure's value, a cell's text). */
export function extractedValue(target: CorrectionTarget, field: CorrectionField): string | null {
  if (field === 'value') return target.figure?.extractedValue ?? null;
  if (field === 'text') return target.cell?.extractedText ?? null;
  return currentValue(target, field);
}

export type DraftCheck = { ok: true; value: string } | { ok: false; problem: 'empty' | 'invalid' | 'unchanged'; message: string };

/** The live verdict on a typed value: empty, not acceptable for the field, the same as now, or the value to propose. */
export function checkDraft(field: CorrectionField, raw: string, current: string | null): DraftCheck {
  if (raw.trim() === '') return { ok: false, problem: 'empty', message: '' };
  const normalized = normalizeCorrection(field, raw);
  if (!normalized.ok) return { ok: false, problem: 'invalid', message: normalized.message };
  if (normalized.value === current) return { ok: false, problem: 'unchanged', message: '' };
  return normalized;
}

/** A field's value as people read it: amounts with grouped digits, the rest as written; null as the empty mark. */
export function shownValue(field: CorrectionField, value: string | null, empty: string): string {
  if (value === null || value === '') return empty;
  return field === 'value' ? formatDecimal(value) : value;
}

/** A target's corrections that show in the grids: those awaiting a decision and those approved (oldest first). */
export type TargetMarker = { pending: CorrectionRecord[]; approved: CorrectionRecord[] };
export type MarkerState = 'pending' | 'reviewed';

export function markersByTarget(corrections: readonly CorrectionRecord[]): ReadonlyMap<string, TargetMarker> {
  const out = new Map<string, TargetMarker>();
  const ordered = [...corrections].sort((a, b) => (a.decidedAt ?? a.proposedAt).localeCompare(b.decidedAt ?? b.proposedAt) || a.id - b.id);
  for (const correction of ordered) {
    if (correction.status !== 'pending' && correction.status !== 'approved') continue;
    const marker = out.get(correction.targetKey) ?? { pending: [], approved: [] };
    marker[correction.status].push(correction);
    out.set(correction.targetKey, marker);
  }
  return out;
}

/** A pending correction is what needs attention, so it shows even on a reviewed target. */
export function markerState(marker: TargetMarker | undefined): MarkerState | null {
  if (!marker) return null;
  if (marker.pending.length > 0) return 'pending';
  return marker.approved.length > 0 ? 'reviewed' : null;
}

/** The pending correction of this field, if any: another one would be refused. */
export function pendingFor(marker: TargetMarker | undefined, field: CorrectionField): CorrectionRecord | null {
  return marker?.pending.find((correction) => correction.field === field) ?? null;
}

/**
 * What the corrections of one figure or cell add up to for an export: its status, the
 * approved correction behind its reviewed value (who proposed it, who approved it, when),
 * and a pending proposal, which only an "all values" export shows as the value.
 */
import type { CorrectionRecord, CorrectionStatus, ValueMode } from '../../api/contract';
import { parseNumber } from '../numbers';

export type CorrectionState = 'none' | CorrectionStatus;
/** Where the exported value comes from: extraction, an approved correction, or a pending proposal ("all values" only). */
export type ValueSource = 'extracted' | 'approved' | 'pending';

export interface KeyCorrections {
  /** pending if any is pending, else approved if any was approved, else the latest decision. */
  state: CorrectionState;
  /** The latest approved correction of any field. */
  approved: CorrectionRecord | null;
  /** The pending correction of the value (a figure's value, a cell's text). */
  pendingValue: CorrectionRecord | null;
  pendingAny: boolean;
}

const NONE: KeyCorrections = { state: 'none', approved: null, pendingValue: null, pendingAny: false };

export function groupByTarget(corrections: readonly CorrectionRecord[]): Map<string, CorrectionRecord[]> {
  const map = new Map<string, CorrectionRecord[]>();
  for (const c of corrections) map.set(c.targetKey, [...(map.get(c.targetKey) ?? []), c]);
  return map;
}

export function summarizeCorrections(list: readonly CorrectionRecord[] | undefined): KeyCorrections {
  if (!list || list.length === 0) return NONE;
  const pending = list.filter((c) => c.status === 'pending');
  const approved = list.filter((c) => c.status === 'approved').sort((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? '') || a.id - b.id);
  const latest = [...list].sort((a, b) => a.id - b.id).at(-1)!;
  return {
    state: pending.length > 0 ? 'pending' : approved.length > 0 ? 'approved' : latest.status,
    approved: approved.at(-1) ?? null,
    pendingValue: pending.find((c) => c.field === 'value' || c.field === 'text') ?? null,
    pendingAny: pending.length > 0,
  };
}

/** A pending proposal as a number, when it is one (a cell's text correction may not be). */
export function proposedNumber(c: CorrectionRecord | null): string | null {
  if (!c) return null;
  const parsed = parseNumber(c.newValue);
  return parsed.kind === 'number' ? parsed.value : null;
}

/**
 * The value an export writes: the reviewed one (approved corrections applied), or with
 * "all values" a pending proposal instead, named as such by its source.
 */
export function exportedValue<T>(reviewed: T, reviewedFromCorrection: boolean, proposed: T | null, mode: ValueMode): { value: T; source: ValueSource } {
  if (mode === 'all' && proposed !== null) return { value: proposed, source: 'pending' };
  return { value: reviewed, source: reviewedFromCorrection ? 'approved' : 'extracted' };
}

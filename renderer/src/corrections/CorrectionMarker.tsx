import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CorrectionRecord } from '../../../shared/api/contract';
import { useCorrections } from '../state/corrections';
import { markerState, shownValue, type TargetMarker } from './correctionModel';

/** One line per correction: "提取值 378.84 → 复核值 379.84（rita 提出，sam 批准）", or the pending proposal. */
export function markerTitle(t: TFunction, marker: TargetMarker): string {
  const empty = t('common.empty');
  const line = (correction: CorrectionRecord) => {
    const shown = (value: string | null) => shownValue(correction.field, value, empty);
    const values = {
      field: t(`corrections.fields.${correction.field}`),
      extracted: shown(correction.extractedValue ?? correction.oldValue),
      old: shown(correction.oldValue),
      value: shown(correction.newValue),
      proposedBy: correction.proposedBy,
      decidedBy: correction.decidedBy ?? empty,
    };
    return correction.status === 'approved' ? t('corrections.marker.reviewed', values) : t('corrections.marker.pending', values);
  };
  return [...marker.approved, ...marker.pending].map(line).join('\n');
}

/** The marker a grid shows on a corrected target, read from the store by key; nothing when uncorrected. */
export function useTargetMarker(key: string | undefined): { state: 'pending' | 'reviewed' | null; title: string } {
  const { t } = useTranslation();
  const marker = useCorrections((state) => (key === undefined ? undefined : state.markers.get(key)));
  const state = markerState(marker);
  return { state, title: marker && state ? markerTitle(t, marker) : '' };
}

/** A small corner: amber while a correction awaits a decision, blue once the value is reviewed. */
export function CorrectionMarker({ state }: { state: 'pending' | 'reviewed' | null }) {
  if (!state) return null;
  return <span className={`correction-marker marker-${state}`} data-testid="correction-marker" data-state={state} aria-hidden="true" />;
}

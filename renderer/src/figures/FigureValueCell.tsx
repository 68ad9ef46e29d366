import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import { CorrectionMarker, useTargetMarker } from '../corrections/CorrectionMarker';
import type { FigureRow } from './FigureGrid';

/** A figure's value (the reviewed one, after approved corrections), with its correction marker and what changed. */
export function FigureValueCell({ data }: CustomCellRendererProps<FigureRow, string>) {
  const { t } = useTranslation();
  const marker = useTargetMarker(data?.figure.key);
  if (!data) return null;
  const title = t('figures.valueTooltip', { value: data.figure.value, precision: data.figure.precision });
  return (
    <span
      className={`grid-cell-text${marker.state ? ` corrected-${marker.state}` : ''}`}
      data-target-key={data.figure.key}
      data-correction={marker.state ?? undefined}
      title={marker.title ? `${title}\n${marker.title}` : title}
    >
      {data.value}
      <CorrectionMarker state={marker.state} />
    </span>
  );
}

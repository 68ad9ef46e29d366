import { useLibrary } from '../state/library';
import { useVisibleDocuments } from '../library/useVisibleDocuments';
import type { DocumentSummary } from '../../../shared/api/contract';
import { ExportButton } from './ExportButton';

/** How the export dialog names a filing: code and short name, else its file. */
export const targetOf = (d: DocumentSummary) => ({ id: d.id, label: [d.securityCode, d.shortName].filter(Boolean).join(' ') || d.fileName });

/** From the library: the selected filing, else the filings the filter shows (all, unfiltered). */
export function LibraryExportButton() {
  const visible = useVisibleDocuments();
  const selectedId = useLibrary((state) => state.selectedId);
  const selected = visible.filter((d) => d.id === selectedId);
  return <ExportButton targets={(selected.length > 0 ? selected : visible).map(targetOf)} />;
}

/** From a filing's header: that filing. */
export function FilingExportButton({ summary }: { summary: DocumentSummary }) {
  return <ExportButton targets={[targetOf(summary)]} />;
}

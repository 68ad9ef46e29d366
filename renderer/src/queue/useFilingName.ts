import { useTranslation } from 'react-i18next';
import { useLibrary } from '../state/library';

/** "834045 清众科技", from the library's row for the filing (its id while the library loads). */
export function useFilingName(documentId: number): { name: string; detail: string | null } {
  const { t } = useTranslation();
  const document = useLibrary((state) => state.documents.find((candidate) => candidate.id === documentId));
  if (!document) return { name: t('filing.breadcrumb', { id: documentId }), detail: null };
  const name = [document.securityCode, document.shortName ?? document.title ?? document.fileName].filter(Boolean).join(' ');
  const detail = [t(`documentType.${document.documentType}`), document.reportPeriod].filter(Boolean).join(' · ');
  return { name, detail };
}

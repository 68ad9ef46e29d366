import { useTranslation } from 'react-i18next';
import type { ExtractionStatus } from '../../../shared/api/contract';
import { formatPageRanges } from '../extraction/pageRanges';
import { NO_TEXT_LAYER } from '../extraction/warnings';

type Warning = ExtractionStatus['warnings'][number];

/** Pages the extraction could not read, grouped by reason, as page ranges. */
export function ExtractionWarnings({ warnings }: { warnings: readonly Warning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;

  const byCode = new Map<string, Warning[]>();
  for (const warning of warnings) byCode.set(warning.code, [...(byCode.get(warning.code) ?? []), warning]);
  const separator = t('extraction.pageListSeparator');

  return (
    <div className="notice notice-warning extraction-warnings" data-testid="extraction-warnings" role="note">
      <ul className="extraction-warning-list">
        {[...byCode].map(([code, group]) => {
          const pages = group.map((warning) => warning.page);
          const range = formatPageRanges(pages, separator);
          return (
            <li key={code} data-code={code} title={group.map((warning) => warning.message).join('\n')}>
              {code === NO_TEXT_LAYER
                ? t('extraction.noTextLayer', { count: pages.length, pages: range })
                : t('extraction.otherWarning', { count: pages.length, pages: range, code })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

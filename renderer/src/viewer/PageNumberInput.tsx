import { useTranslation } from 'react-i18next';

type Props = { page: number; pageCount: number; onGoTo: (page: number) => void };

/**
 * Typing a page number and pressing Enter (or leaving the box) jumps there. Keyed by
 * the current page, so scrolling replaces whatever half-typed number was in the box.
 */
export function PageNumberInput({ page, pageCount, onGoTo }: Props) {
  const { t } = useTranslation();
  const commit = (value: string) => {
    const target = Number.parseInt(value, 10);
    if (Number.isFinite(target) && target !== page) onGoTo(target);
  };
  return (
    <input
      key={page}
      className="input page-input"
      data-testid="viewer-page-input"
      inputMode="numeric"
      aria-label={t('viewer.pageNumber')}
      defaultValue={page}
      size={Math.max(2, String(pageCount).length)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(event.currentTarget.value);
        if (event.key === 'Escape') event.currentTarget.value = String(page);
      }}
      onBlur={(event) => commit(event.currentTarget.value)}
      onFocus={(event) => event.currentTarget.select()}
    />
  );
}

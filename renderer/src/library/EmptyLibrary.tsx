import { useTranslation } from 'react-i18next';

export function EmptyLibrary() {
  const { t } = useTranslation();
  return (
    <div className="empty-state" data-testid="library-empty">
      <div className="empty-state-icon" aria-hidden="true" />
      <h2 className="empty-state-title">{t('library.empty.title')}</h2>
      <p className="empty-state-hint">{t('library.empty.hint')}</p>
    </div>
  );
}

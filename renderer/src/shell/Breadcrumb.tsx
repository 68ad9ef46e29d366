import { useTranslation } from 'react-i18next';
import { useFiling } from '../state/filing';
import { showLibrary } from '../state/navigation';

/** Where the user is: the library, or one filing inside it (the library crumb goes back). */
export function Breadcrumb() {
  const { t } = useTranslation();
  const openId = useFiling((state) => state.openId);
  const summary = useFiling((state) => state.summary);

  if (openId === null) {
    return (
      <nav className="breadcrumb" aria-label={t('library.title')}>
        <span className="crumb crumb-current">{t('library.title')}</span>
      </nav>
    );
  }
  const name = [summary?.securityCode, summary?.shortName].filter(Boolean).join(' ');
  return (
    <nav className="breadcrumb" aria-label={t('library.title')}>
      <button type="button" className="crumb crumb-link" onClick={showLibrary}>
        {t('library.title')}
      </button>
      <span className="crumb-separator" aria-hidden="true" />
      <span className="crumb crumb-current">{name || t('filing.breadcrumb', { id: openId })}</span>
    </nav>
  );
}

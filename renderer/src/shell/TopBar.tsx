import { useTranslation } from 'react-i18next';
import { ImportButtons } from '../import/ImportButtons';
import { Breadcrumb } from './Breadcrumb';
import { LanguageSwitch } from './LanguageSwitch';

export function TopBar() {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <div className="brand" title={t('app.subtitle')}>
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <Breadcrumb />
      <div className="top-bar-actions">
        <ImportButtons />
        <LanguageSwitch />
      </div>
    </header>
  );
}

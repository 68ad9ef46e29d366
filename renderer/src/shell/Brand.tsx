import { useTranslation } from 'react-i18next';

export function Brand() {
  const { t } = useTranslation();
  return (
    <div className="brand" title={t('app.subtitle')}>
      <span className="brand-mark" aria-hidden="true" />
      <span className="brand-name">{t('app.name')}</span>
    </div>
  );
}

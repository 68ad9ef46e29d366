import { useTranslation } from 'react-i18next';

type Feature = 'annotations' | 'corrections';

/** A data tab whose feature is not built yet: says what will be here. */
export function ComingSoon({ feature }: { feature: Feature }) {
  const { t } = useTranslation();
  return (
    <div className="empty-state coming-soon" data-testid={`coming-soon-${feature}`}>
      <div className="empty-state-title">{t(`workspace.comingSoon.${feature}.title`)}</div>
      <div className="empty-state-hint">{t(`workspace.comingSoon.${feature}.hint`)}</div>
    </div>
  );
}

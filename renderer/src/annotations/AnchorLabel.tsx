import { useTranslation } from 'react-i18next';
import type { AnnotationAnchor } from '../../../shared/api/contract';

/** What a note is attached to and where: "区域 · 第 3 页", "单元格 营业收入 · 第 6 页". */
export function AnchorLabel({ anchor, label }: { anchor: AnnotationAnchor; label?: string }) {
  const { t } = useTranslation();
  return (
    <span className="anchor-label" data-kind={anchor.kind}>
      <span className="anchor-kind">{t(`annotations.kind.${anchor.kind}`)}</span>
      {label && <span className="anchor-target" title={label}>{label}</span>}
      <span className="anchor-page">{t('annotations.page', { page: anchor.page })}</span>
    </span>
  );
}

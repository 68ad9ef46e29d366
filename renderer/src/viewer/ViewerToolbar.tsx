import { useTranslation } from 'react-i18next';
import { useFiling } from '../state/filing';
import { IconButton } from '../ui/IconButton';
import { PageNumberInput } from './PageNumberInput';

export function ViewerToolbar() {
  const { t } = useTranslation();
  const page = useFiling((state) => state.page);
  const pageCount = useFiling((state) => state.pageCount);
  const scale = useFiling((state) => state.scale);
  const zoom = useFiling((state) => state.zoom);
  const goToPage = useFiling((state) => state.goToPage);
  const zoomIn = useFiling((state) => state.zoomIn);
  const zoomOut = useFiling((state) => state.zoomOut);
  const fitWidth = useFiling((state) => state.fitWidth);

  return (
    <div className="toolbar viewer-toolbar" role="toolbar" aria-label={t('viewer.toolbarLabel')}>
      <IconButton
        icon="previous"
        label={t('viewer.previousPage')}
        onClick={() => goToPage(page - 1)}
        disabled={page <= 1}
        testId="viewer-previous"
      />
      <PageNumberInput page={page} pageCount={pageCount} onGoTo={goToPage} />
      <span className="page-count" data-testid="viewer-page-count">
        {t('viewer.pageCount', { count: pageCount })}
      </span>
      <IconButton
        icon="next"
        label={t('viewer.nextPage')}
        onClick={() => goToPage(page + 1)}
        disabled={page >= pageCount}
        testId="viewer-next"
      />
      <span className="toolbar-separator" />
      <IconButton icon="zoomOut" label={t('viewer.zoomOut')} onClick={zoomOut} testId="viewer-zoom-out" />
      <span className="zoom-level" data-testid="viewer-zoom-level">
        {t('viewer.zoomLevel', { percent: Math.round(scale * 100) })}
      </span>
      <IconButton icon="zoomIn" label={t('viewer.zoomIn')} onClick={zoomIn} testId="viewer-zoom-in" />
      <IconButton
        icon="fitWidth"
        label={t('viewer.fitWidth')}
        onClick={fitWidth}
        pressed={zoom === 'fit-width'}
        testId="viewer-fit-width"
      />
    </div>
  );
}

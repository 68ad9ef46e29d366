import { useTranslation } from 'react-i18next';
import { useReviewLock } from '../corrections/useReviewLock';
import { useAnnotations } from '../state/annotations';
import { useFiling } from '../state/filing';
import { useLayout } from '../state/layout';
import { useWorkspace } from '../state/workspace';
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
  const sidebarOpen = useLayout((state) => state.sidebarOpen);
  const toggleSidebar = useLayout((state) => state.toggleSidebar);
  const findOpen = useWorkspace((state) => state.findOpen);
  const openFind = useWorkspace((state) => state.openFind);
  const closeFind = useWorkspace((state) => state.closeFind);
  const showShortcuts = useWorkspace((state) => state.setShortcutsOpen);
  const regionTool = useAnnotations((state) => state.regionTool);
  const setRegionTool = useAnnotations((state) => state.setRegionTool);
  const lock = useReviewLock();

  return (
    <div className="toolbar viewer-toolbar" role="toolbar" aria-label={t('viewer.toolbarLabel')}>
      <IconButton
        icon="sidebar"
        label={t('sidebar.toggle')}
        onClick={toggleSidebar}
        pressed={sidebarOpen}
        testId="viewer-sidebar-toggle"
      />
      <span className="toolbar-separator" />
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
      <span className="toolbar-separator" />
      <IconButton
        icon="search"
        label={t('find.open')}
        onClick={() => (findOpen ? closeFind() : openFind())}
        pressed={findOpen}
        testId="viewer-find"
      />
      <span className="toolbar-separator" />
      <IconButton
        icon="region"
        label={lock.reason ?? t('annotations.regionTool')}
        onClick={() => setRegionTool(!regionTool)}
        pressed={regionTool && !lock.locked}
        disabled={lock.locked}
        testId="annotate-region-tool"
      />
      <span className="toolbar-spacer" />
      <IconButton icon="help" label={t('shortcuts.open')} onClick={() => showShortcuts(true)} testId="shortcuts-button" />
    </div>
  );
}

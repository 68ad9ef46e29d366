import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useLayout, type SidebarView } from '../state/layout';
import { OutlineTree } from './OutlineTree';
import { ThumbnailList } from './ThumbnailList';
import type { ViewerKit } from './viewerKit';

const VIEWS: readonly SidebarView[] = ['thumbnails', 'outline'];

/** Beside the PDF: page thumbnails or the document outline (its bookmarks). */
export function PdfSidebar({ kit, pdf }: { kit: ViewerKit; pdf: PDFDocumentProxy }) {
  const { t } = useTranslation();
  const view = useLayout((state) => state.sidebarView);
  const showSidebar = useLayout((state) => state.showSidebar);

  return (
    <aside className="pdf-sidebar" data-testid="pdf-sidebar" aria-label={t('sidebar.label')}>
      <div className="pdf-sidebar-tabs" role="tablist">
        {VIEWS.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            className={`pdf-sidebar-tab${candidate === view ? ' active' : ''}`}
            aria-selected={candidate === view}
            data-testid={`sidebar-tab-${candidate}`}
            onClick={() => showSidebar(candidate)}
          >
            {t(`sidebar.${candidate}`)}
          </button>
        ))}
      </div>
      {view === 'thumbnails' ? <ThumbnailList kit={kit} pdf={pdf} /> : <OutlineTree kit={kit} pdf={pdf} />}
    </aside>
  );
}

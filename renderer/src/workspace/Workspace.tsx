import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFiling } from '../state/filing';
import { useLayout } from '../state/layout';
import { useWorkspace } from '../state/workspace';
import { ViewerToolbar } from '../viewer/ViewerToolbar';
import { AnnotationComposer } from '../annotations/AnnotationComposer';
import { CorrectionDialog } from '../corrections/CorrectionDialog';
import { ShortcutSheet } from './ShortcutSheet';
import { SplitDivider } from './SplitDivider';

/**
 * pdf.js and AG Grid are most of the bundle: the library view starts without them,
 * and FilingView starts fetching both as soon as a filing opens.
 */
type PdfPaneModule = typeof import('../viewer/PdfPane');
type DataPaneModule = typeof import('./DataPane');
const loaded: { pdf?: PdfPaneModule; data?: DataPaneModule } = {};

export const loadPdfPane = () => import('../viewer/PdfPane').then((module) => (loaded.pdf = module));
export const loadDataPane = () => import('./DataPane').then((module) => (loaded.data = module));

/** The viewer first (it starts pdf.js's worker), then the grids, so they do not compete. */
export function preloadWorkspace(): Promise<unknown> {
  const viewer = loadPdfPane();
  void viewer.finally(() => void loadDataPane());
  return viewer;
}
const LazyPdfPane = lazy(() => loadPdfPane().then((module) => ({ default: module.PdfPane })));
const LazyDataPane = lazy(() => loadDataPane().then((module) => ({ default: module.DataPane })));


/** The review workspace: the PDF and the extracted data side by side, split by a draggable bar. */
export function Workspace({ documentId, data }: { documentId: number; data: Uint8Array }) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const split = useLayout((state) => state.split);
  const zoom = useFiling((state) => state.zoom);
  const pageRequest = useFiling((state) => state.pageRequest);
  const findRequest = useFiling((state) => state.findRequest);
  const setPageCount = useFiling((state) => state.setPageCount);
  const setVisiblePage = useFiling((state) => state.setVisiblePage);
  const setScale = useFiling((state) => state.setScale);
  const shortcutsOpen = useWorkspace((state) => state.shortcutsOpen);
  // A pane's module once its code is in (usually: preloaded), else the lazy component. A lazy
  // component suspends on first render even when loaded, and React then holds the fallback
  // ~300 ms before revealing it: that would delay the first page paint as much. Chosen once
  // per mount, so a pane never remounts when its code arrives.
  const [pdfModule] = useState(() => loaded.pdf);
  const [dataModule] = useState(() => loaded.data);
  const pdfProps = {
    data,
    zoom,
    pageRequest,
    findRequest,
    onDocumentLoaded: setPageCount,
    onVisiblePageChange: setVisiblePage,
    onScaleChange: setScale,
  };

  return (
    <div className="workspace" ref={containerRef} data-testid="workspace">
      <div className="filing-viewer" data-pane="pdf" style={{ flexBasis: `${split * 100}%` }}>
        <ViewerToolbar />
        <Suspense
          fallback={
            <div className="placeholder" role="status">
              <span className="spinner" aria-hidden="true" />
              {t('viewer.loading')}
            </div>
          }
        >
          {pdfModule ? <pdfModule.PdfPane {...pdfProps} /> : <LazyPdfPane {...pdfProps} />}
        </Suspense>
      </div>
      <SplitDivider containerRef={containerRef} />
      <Suspense fallback={<section className="data-pane" data-pane="data" />}>
        {dataModule ? <dataModule.DataPane documentId={documentId} /> : <LazyDataPane documentId={documentId} />}
      </Suspense>
      {shortcutsOpen && <ShortcutSheet />}
      <AnnotationComposer />
      <CorrectionDialog />
    </div>
  );
}

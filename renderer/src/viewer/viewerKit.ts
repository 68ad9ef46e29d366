/**
 * pdf.js's own viewer components, wired together: a PDFViewer (lazy page rendering,
 * text layer, zoom), its link service (outline and in-document links) and find
 * controller (search with CJK-aware matching), on one event bus. pdf_viewer.mjs reads
 * the library from a global, which ./pdfjs sets: keep that import first.
 */
import './pdfjs';
import type { PageViewport, PDFDocumentProxy } from 'pdfjs-dist';
import { EventBus, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import 'pdfjs-dist/web/pdf_viewer.css';
import { AnnotationMode } from './pdfjs';

export type ViewerKit = {
  viewer: PDFViewer;
  eventBus: EventBus;
  linkService: PDFLinkService;
  findController: PDFFindController;
};

/** The events this app listens to, with the fields it reads. */
export type ViewerEvents = {
  pagesinit: object;
  pagechanging: { pageNumber: number };
  scalechanging: { scale: number; presetValue?: string };
  pagerendered: { pageNumber: number; cssTransform: boolean; error: unknown };
  textlayerrendered: { pageNumber: number };
  updatefindmatchescount: { matchesCount: FindMatchesCount };
  updatefindcontrolstate: { state: number; matchesCount: FindMatchesCount; rawQuery: string | null };
};
export type FindMatchesCount = { current: number; total: number };

/** pdf.js's FindState: FOUND 0, NOT_FOUND 1, WRAPPED 2, PENDING 3. */
export const FIND_NOT_FOUND = 1;

/** What this app reads of a PDFPageView (pdf.js types getPageView as any). */
export type PageView = { id: number; div: HTMLDivElement; viewport: PageViewport };

type ViewerOptions = ConstructorParameters<typeof PDFViewer>[0] & {
  /** Untyped in pdf.js 5 but supported: aborting removes the viewer's scroll and resize listeners. */
  abortSignal?: AbortSignal;
};

export function createViewerKit(
  container: HTMLDivElement,
  viewerElement: HTMLDivElement,
  abortSignal: AbortSignal,
): ViewerKit {
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus });
  // An offline workstation: links to the web inside a filing must not navigate the app away.
  linkService.externalLinkEnabled = false;
  const findController = new PDFFindController({ eventBus, linkService, updateMatchesCountOnProgress: true });
  const options: ViewerOptions = {
    container,
    viewer: viewerElement,
    eventBus,
    linkService,
    findController,
    // Links yes, form widgets and scripting no: filings are read, not filled in.
    annotationMode: AnnotationMode.ENABLE,
    enableAutoLinking: false,
    // Keep the text layer crisp and the page canvases within a sane memory budget.
    maxCanvasPixels: 16_777_216,
    abortSignal,
  };
  const viewer = new PDFViewer(options);
  // Outline entries and in-document links carry a destination's left offset too; when the
  // target page fits the pane, honouring it would push the page half out of view.
  const scrollPageIntoView = viewer.scrollPageIntoView.bind(viewer);
  viewer.scrollPageIntoView = (params) => {
    scrollPageIntoView(params);
    const div = (viewer.getPageView(params.pageNumber - 1) as PageView | undefined)?.div;
    if (div && div.offsetWidth <= container.clientWidth) container.scrollLeft = 0;
  };
  linkService.setViewer(viewer);
  return { viewer, eventBus, linkService, findController };
}

/** The viewer hands the document on to the find controller itself, once the first page is in. */
export function attachDocument(kit: ViewerKit, pdf: PDFDocumentProxy): void {
  kit.linkService.setDocument(pdf, null);
  kit.viewer.setDocument(pdf);
}

/** pdf.js accepts null to let go of a document (its typings do not say so). */
export function detachDocument(kit: ViewerKit): void {
  const none = null as unknown as PDFDocumentProxy;
  kit.viewer.setDocument(none);
  kit.linkService.setDocument(none, null);
}

/** A fixed zoom, or pdf.js's "page-width" rule (re-evaluated on each call). */
export function applyZoom(kit: ViewerKit, zoom: number | 'fit-width'): void {
  kit.viewer.currentScaleValue = zoom === 'fit-width' ? 'page-width' : String(zoom);
}

export function listen<K extends keyof ViewerEvents>(
  eventBus: EventBus,
  name: K,
  handler: (event: ViewerEvents[K]) => void,
): () => void {
  eventBus.on(name, handler);
  return () => eventBus.off(name, handler);
}

export function pageView(kit: ViewerKit, pageNumber: number): PageView | null {
  if (pageNumber < 1 || pageNumber > kit.viewer.pagesCount) return null;
  const view: unknown = kit.viewer.getPageView(pageNumber - 1);
  return view && typeof view === 'object' && 'div' in view ? (view as PageView) : null;
}

export type FindOptions = { query: string; again?: boolean; previous?: boolean; highlightAll: boolean };

export function dispatchFind(kit: ViewerKit, { query, again = false, previous = false, highlightAll }: FindOptions): void {
  kit.eventBus.dispatch('find', {
    source: kit,
    type: again ? 'again' : '',
    query,
    caseSensitive: false,
    entireWord: false,
    highlightAll,
    findPrevious: previous,
    matchDiacritics: false,
  });
}

export function closeFind(kit: ViewerKit): void {
  kit.eventBus.dispatch('findbarclose', { source: kit });
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { OutlineNode, type OutlineItem } from './OutlineNode';
import type { ViewerKit } from './viewerKit';

type Outline = { status: 'loading' } | { status: 'ready'; items: OutlineItem[] } | { status: 'failed' };

type RawOutlineItem = { title: string; dest: string | unknown[] | null; items: unknown[] };

/** pdf.js types nested outline items as any; keep what the tree shows, checked. */
function toItems(raw: readonly unknown[], prefix: string): OutlineItem[] {
  return raw.flatMap((value, index) => {
    if (!value || typeof value !== 'object' || !('title' in value)) return [];
    const item = value as RawOutlineItem;
    const key = `${prefix}${index}`;
    return [
      {
        key,
        title: String(item.title),
        dest: typeof item.dest === 'string' || Array.isArray(item.dest) ? item.dest : null,
        items: toItems(Array.isArray(item.items) ? item.items : [], `${key}.`),
      },
    ];
  });
}

/** The document's outline (bookmarks), as a tree; choosing an entry goes there. */
export function OutlineTree({ kit, pdf }: { kit: ViewerKit; pdf: PDFDocumentProxy }) {
  const { t } = useTranslation();
  const [outline, setOutline] = useState<Outline>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    pdf.getOutline().then(
      (raw) => live && setOutline({ status: 'ready', items: toItems(raw ?? [], '') }),
      () => live && setOutline({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [pdf]);

  if (outline.status !== 'ready' || outline.items.length === 0) {
    return (
      <div className="pdf-sidebar-note" data-testid="outline-empty">
        {outline.status === 'loading' ? t('sidebar.outlineLoading') : t('sidebar.noOutline')}
      </div>
    );
  }
  const open = (dest: string | unknown[]) => {
    void kit.linkService.goToDestination(dest);
    kit.viewer.container.focus({ preventScroll: true });
  };
  return (
    <ul className="outline-tree" role="tree" data-testid="outline-tree" aria-label={t('sidebar.outline')}>
      {outline.items.map((item) => (
        <OutlineNode key={item.key} item={item} depth={0} onOpen={open} />
      ))}
    </ul>
  );
}

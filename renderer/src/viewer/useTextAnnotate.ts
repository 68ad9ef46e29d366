/**
 * Text selected on the PDF can be annotated: when a selection in the text layer ends
 * (mouse or keyboard), its anchor is offered; it goes away when the selection does.
 */
import { useEffect, useState, type RefObject } from 'react';
import { selectionAnchor, type SelectionAnchor } from './textSelection';
import type { ViewerKit } from './viewerKit';

export function useTextAnnotate(kit: ViewerKit | null, containerRef: RefObject<HTMLElement | null>): [SelectionAnchor | null, () => void] {
  const [offer, setOffer] = useState<SelectionAnchor | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!kit || !container) return;
    let frame = 0;
    const read = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setOffer(selectionAnchor(kit, container, window.getSelection())));
    };
    const onSelectionChange = () => {
      if (window.getSelection()?.isCollapsed !== false) setOffer(null);
    };
    const drop = () => setOffer(null);
    container.addEventListener('mouseup', read);
    container.addEventListener('keyup', read);
    container.addEventListener('scroll', drop);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      cancelAnimationFrame(frame);
      container.removeEventListener('mouseup', read);
      container.removeEventListener('keyup', read);
      container.removeEventListener('scroll', drop);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [kit, containerRef]);

  return [offer, () => setOffer(null)];
}

/**
 * The "annotate region" tool: while it is on, a drag on a page draws a rectangle (the
 * text layer steps aside, so the drag selects no text) and, on release, opens the note's
 * popover for that region, in page points like every stored box.
 */
import { useEffect, type RefObject } from 'react';
import { useAnnotations } from '../state/annotations';
import { placeBox } from './pageLayer';
import { pageAt } from './pagePoint';
import { boxFromCorners, clampBox, isRegion, pageFrame, roundBox, toPagePoint } from './pageRects';
import { pageView, type ViewerKit } from './viewerKit';

/** `allowed`: false on a locked filing, where the tool does nothing even if left on. */
export function useRegionTool(kit: ViewerKit | null, containerRef: RefObject<HTMLElement | null>, allowed: boolean): void {
  const active = useAnnotations((state) => state.regionTool) && allowed;

  useEffect(() => {
    const container = containerRef.current;
    if (!kit || !container || !active) return;
    container.classList.add('region-tool');
    let stopDrag = () => {};

    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      const at = pageAt(kit, event.target);
      const view = at && pageView(kit, at.page);
      if (!at || !view) return;
      event.preventDefault();
      stopDrag();
      const { scale } = view.viewport;
      const width = view.viewport.width / scale;
      const height = view.viewport.height / scale;
      const start = toPagePoint(at.frame, event.clientX, event.clientY);
      // Measured again at every move: the pane may scroll while dragging.
      const boxAt = (clientX: number, clientY: number) =>
        clampBox(boxFromCorners(start, toPagePoint(pageFrame(at.div, scale), clientX, clientY)), width, height);
      const band = document.createElement('div');
      band.className = 'gouji-region-band';
      band.dataset.testid = 'region-band';
      placeBox(band, boxAt(event.clientX, event.clientY));
      at.div.append(band);

      const onMove = (move: PointerEvent) => placeBox(band, boxAt(move.clientX, move.clientY));
      const onUp = (up: PointerEvent) => {
        stopDrag();
        const box = roundBox(boxAt(up.clientX, up.clientY));
        if (!isRegion(box)) return;
        useAnnotations.getState().startDraft({ anchor: { kind: 'region', page: at.page, rects: [box] }, at: { x: up.clientX, y: up.clientY } });
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      stopDrag = () => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        band.remove();
        stopDrag = () => {};
      };
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || useAnnotations.getState().draft) return;
      stopDrag();
      useAnnotations.getState().setRegionTool(false);
    };

    container.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      stopDrag();
      container.classList.remove('region-tool');
      container.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [kit, containerRef, active]);
}

import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SPLIT, MIN_SPLIT, useLayout } from '../state/layout';

const KEY_STEP = 0.02;

/** The draggable bar between the PDF and the data; arrow keys move it too. The split is remembered. */
export function SplitDivider({ containerRef }: { containerRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation();
  const split = useLayout((state) => state.split);
  const setSplit = useLayout((state) => state.setSplit);
  const dragging = useRef(false);

  const splitAt = (clientX: number) => {
    const rect = containerRef.current?.getBoundingClientRect();
    if (rect && rect.width > 0) setSplit((clientX - rect.left) / rect.width);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    document.body.classList.add('resizing');
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) splitAt(event.clientX);
  };
  const stop = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    document.body.classList.remove('resizing');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowLeft: split - KEY_STEP,
      ArrowRight: split + KEY_STEP,
      Home: MIN_SPLIT,
      End: MAX_SPLIT,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setSplit(next);
  };

  return (
    <div
      className="split-divider"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('workspace.divider')}
      aria-valuemin={Math.round(MIN_SPLIT * 100)}
      aria-valuemax={Math.round(MAX_SPLIT * 100)}
      aria-valuenow={Math.round(split * 100)}
      tabIndex={0}
      data-testid="pane-divider"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={stop}
      onPointerCancel={stop}
      onKeyDown={onKeyDown}
      onDoubleClick={() => setSplit(0.5)}
    />
  );
}

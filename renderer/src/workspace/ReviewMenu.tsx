import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectionTarget } from '../corrections/correctionModel';
import { fieldsFor } from '../corrections/correctionModel';
import { useReviewLock } from '../corrections/useReviewLock';
import { annotateTarget, correctTarget, describeTarget } from './reviewTargets';

export type ReviewMenuState = { x: number; y: number; target: CorrectionTarget };

/** A grid's right-click menu on a cell or figure: annotate it, correct it. */
export function ReviewMenu({ menu, onClose }: { menu: ReviewMenuState; onClose: () => void }) {
  const { t } = useTranslation();
  const lock = useReviewLock();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const away = (event: Event) => {
      if (!(event.target instanceof Node) || !ref.current?.contains(event.target)) onClose();
    };
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('mousedown', away, true);
    window.addEventListener('wheel', away, true);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('mousedown', away, true);
      window.removeEventListener('wheel', away, true);
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  const run = (action: () => void) => {
    onClose();
    action();
  };
  const left = Math.min(menu.x, window.innerWidth - 200);
  const top = Math.min(menu.y, window.innerHeight - 110);
  return (
    <div ref={ref} className="context-menu" role="menu" data-testid="review-menu" style={{ left, top }}>
      <div className="context-menu-title">{describeTarget(menu.target)}</div>
      {lock.locked && <div className="context-menu-note">{lock.reason}</div>}
      <button
        type="button"
        role="menuitem"
        className="context-menu-item"
        data-testid="annotate-target"
        disabled={lock.locked}
        onClick={() => run(() => annotateTarget(menu.target, { x: menu.x, y: menu.y }))}
      >
        {t('annotations.annotateTarget')}
      </button>
      <button
        type="button"
        role="menuitem"
        className="context-menu-item"
        data-testid="correct-figure"
        data-figure-id={menu.target.figure?.id}
        disabled={lock.locked || fieldsFor(menu.target).length === 0}
        onClick={() => run(() => correctTarget(menu.target))}
      >
        {t('corrections.correctTitle')}
      </button>
    </div>
  );
}

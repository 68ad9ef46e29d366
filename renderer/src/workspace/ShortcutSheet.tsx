import { Fragment, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../state/workspace';
import { SHORTCUTS } from './shortcuts';

/** The `?` sheet: every shortcut with what it does. Escape, the button or a click outside closes it. */
export function ShortcutSheet() {
  const { t } = useTranslation();
  const close = useWorkspace((state) => state.setShortcutsOpen);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement;
    closeRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);

  return (
    <div className="modal-backdrop" onMouseDown={(event) => event.target === event.currentTarget && close(false)}>
      <div
        className="modal shortcut-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-sheet-title"
        data-testid="shortcut-sheet"
      >
        <header className="modal-header">
          <h2 id="shortcut-sheet-title" className="modal-title">
            {t('shortcuts.title')}
          </h2>
          <button ref={closeRef} type="button" className="button button-small" onClick={() => close(false)}>
            {t('common.close')}
          </button>
        </header>
        <dl className="shortcut-list">
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut.id} className="shortcut-row" data-shortcut={shortcut.id}>
              <dt className="shortcut-keys">
                {shortcut.keys.map((key, index) => (
                  <Fragment key={key}>
                    {index > 0 && <span className="shortcut-plus">+</span>}
                    <kbd>{key === 'Ctrl' ? t('shortcuts.ctrl') : key === 'Esc' ? t('shortcuts.esc') : key}</kbd>
                  </Fragment>
                ))}
              </dt>
              <dd className="shortcut-action">{t(`shortcuts.actions.${shortcut.id}`)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useAnnotations } from '../state/annotations';
import { Icon } from '../ui/Icon';
import type { SelectionAnchor } from './textSelection';

/** Beside the end of a text selection on the PDF: annotate the selected text. */
export function SelectionAnnotateButton({ offer, onDone }: { offer: SelectionAnchor; onDone: () => void }) {
  const { t } = useTranslation();
  const annotate = () => {
    useAnnotations.getState().startDraft(offer);
    window.getSelection()?.removeAllRanges();
    onDone();
  };
  return (
    <button
      type="button"
      className="button button-small selection-annotate"
      data-testid="annotate-selection"
      style={{ left: offer.at.x + 4, top: offer.at.y + 6 }}
      // Keep the selection: the button must not take it away before its click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={annotate}
    >
      <Icon name="comment" />
      {t('annotations.annotateSelection')}
    </button>
  );
}

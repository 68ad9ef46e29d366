import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFilingReview } from '../state/filingReview';
import { useAnnotations, type AnnotationDraft } from '../state/annotations';
import { AnnotationForm } from './AnnotationForm';
import { AnchorLabel } from './AnchorLabel';

/** Space kept between the popover and the window's edges (px). */
const EDGE = 12;

/** The popover a new note is written in, beside the region, text, cell or figure it is about. */
export function AnnotationComposer() {
  const draft = useAnnotations((state) => state.draft);
  // A new anchor starts a fresh form.
  return draft ? <ComposerCard key={JSON.stringify(draft.anchor)} draft={draft} /> : null;
}

function ComposerCard({ draft }: { draft: AnnotationDraft }) {
  const { t } = useTranslation();
  const cardRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: draft.at.x, top: draft.at.y });

  // Beside the anchor, but wholly inside the window.
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!card) return;
    const { width, height } = card.getBoundingClientRect();
    const left = Math.max(EDGE, Math.min(draft.at.x + 8, window.innerWidth - width - EDGE));
    const below = draft.at.y + 8;
    const top = below + height + EDGE <= window.innerHeight ? below : Math.max(EDGE, draft.at.y - height - 8);
    setPosition({ left, top });
  }, [draft.at.x, draft.at.y]);

  const save = async (comment: string, tags: string[]) => {
    try {
      await useAnnotations.getState().saveDraft(comment, tags);
    } catch (error) {
      // Refused as locked: the workspace learns the filing's new status.
      const documentId = useAnnotations.getState().documentId;
      if (documentId !== null) void useFilingReview.getState().load(documentId);
      throw error;
    }
  };

  return (
    <div
      ref={cardRef}
      className="popover annotation-composer"
      role="dialog"
      aria-label={t('annotations.newTitle')}
      data-testid="annotation-composer"
      style={position}
    >
      <header className="popover-header">
        <span className="popover-title">{t('annotations.newTitle')}</span>
        <AnchorLabel anchor={draft.anchor} label={draft.label} />
      </header>
      {draft.anchor.quote && <blockquote className="annotation-quote">{draft.anchor.quote}</blockquote>}
      <AnnotationForm submitLabel={t('annotations.save')} onSubmit={save} onCancel={() => useAnnotations.getState().cancelDraft()} />
    </div>
  );
}

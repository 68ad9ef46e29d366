/** The annotations the PDF shows, from the store: every note of the filing (and the draft being written), by page. */
import { useMemo } from 'react';
import { annotationTone } from '../annotations/annotationModel';
import { useAnnotations } from '../state/annotations';
import { groupByPage } from './checkOverlay';
import type { AnnotationMark, AnnotationOverlay } from './annotationOverlay';

export function useAnnotationOverlay(): AnnotationOverlay {
  const annotations = useAnnotations((state) => state.annotations);
  const selectedId = useAnnotations((state) => state.selectedId);
  const draft = useAnnotations((state) => state.draft);
  return useMemo(() => {
    const marks: AnnotationMark[] = annotations.map((annotation) => ({
      id: annotation.id,
      page: annotation.anchor.page,
      kind: annotation.anchor.kind,
      rects: annotation.anchor.rects,
      tone: annotationTone(annotation),
      status: annotation.status,
      selected: annotation.id === selectedId,
      label: [annotation.tags.join(' · '), annotation.comment].filter(Boolean).join('\n'),
    }));
    if (draft) {
      const { anchor } = draft;
      marks.push({ id: null, page: anchor.page, kind: anchor.kind, rects: anchor.rects, tone: 'note', status: 'draft', selected: false, label: '' });
    }
    return groupByPage(marks);
  }, [annotations, selectedId, draft]);
}

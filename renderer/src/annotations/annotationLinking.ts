/**
 * The links between annotations and the rest of the workspace: a note picked on the PDF
 * opens in the Annotations tab; a note picked in the list turns the PDF to it and flashes it.
 */
import type { AnnotationRecord } from '../../../shared/api/contract';
import { useAnnotations } from '../state/annotations';
import { useWorkspace } from '../state/workspace';
import { itemAt } from '../viewer/hitTest';
import { useLocate } from '../viewer/locate';

export function showAnnotation(id: number): void {
  const workspace = useWorkspace.getState();
  if (workspace.tab !== 'annotations') workspace.setTab('annotations');
  useAnnotations.getState().select(id);
}

export function locateAnnotation(annotation: AnnotationRecord): void {
  useAnnotations.getState().select(annotation.id);
  useLocate.getState().locate(annotation.anchor.page, annotation.anchor.rects);
}

/** The note whose box holds a point of a page (the smallest, so a note inside a larger region wins). */
export function annotationAt(page: number, x: number, y: number): AnnotationRecord | null {
  const boxes = useAnnotations
    .getState()
    .annotations.filter((annotation) => annotation.anchor.page === page)
    .flatMap((annotation) => annotation.anchor.rects.map((box) => ({ box, annotation })));
  return itemAt(boxes, x, y)?.annotation ?? null;
}

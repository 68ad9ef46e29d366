/**
 * Annotations as plain data for the UI: which ones a filter keeps, their reading order,
 * the colour (tone) a note shows in on the page and in the list, the tags a reviewer can
 * pick from, and who may change a note.
 */
import type { AnnotationRecord, UserRecord } from '../../../shared/api/contract';
import { ANNOTATION_TAGS } from '../../../shared/api/contract';
import { permits } from '../../../shared/domain/review/permissions';

export type PresetTag = (typeof ANNOTATION_TAGS)[number];
export const PRESET_TAGS: readonly string[] = ANNOTATION_TAGS;

/** '' is "any". */
export type AnnotationFilter = { status: '' | AnnotationRecord['status']; tag: string; author: string };
export const EMPTY_ANNOTATION_FILTER: AnnotationFilter = { status: '', tag: '', author: '' };

export function filterAnnotations(annotations: readonly AnnotationRecord[], filter: AnnotationFilter): AnnotationRecord[] {
  return annotations.filter(
    (annotation) =>
      (filter.status === '' || annotation.status === filter.status) &&
      (filter.tag === '' || annotation.tags.includes(filter.tag)) &&
      (filter.author === '' || annotation.author === filter.author),
  );
}

/** Reading order: by page, then top to bottom, left to right; ties by age. */
export function sortAnnotations(annotations: readonly AnnotationRecord[]): AnnotationRecord[] {
  const top = (annotation: AnnotationRecord) => annotation.anchor.rects[0] ?? { x0: 0, y0: 0 };
  return [...annotations].sort(
    (a, b) => a.anchor.page - b.anchor.page || top(a).y0 - top(b).y0 || top(a).x0 - top(b).x0 || a.id - b.id,
  );
}

/** What colour a note shows in: resolved ones fade; else its first preset tag decides; untagged or custom ones are notes. */
export type AnnotationTone = 'resolved' | 'doubt' | 'query' | 'verified' | 'note';
const TAG_TONES: Record<PresetTag, AnnotationTone> = { 存疑: 'doubt', 需问询: 'query', 已核实: 'verified' };

export function tagTone(tag: string): AnnotationTone {
  return (TAG_TONES as Record<string, AnnotationTone>)[tag] ?? 'note';
}

export function annotationTone(annotation: Pick<AnnotationRecord, 'status' | 'tags'>): AnnotationTone {
  if (annotation.status === 'resolved') return 'resolved';
  const preset = annotation.tags.find((tag) => tagTone(tag) !== 'note');
  return preset ? tagTone(preset) : 'note';
}

/** The tags to offer: the presets first, then every custom tag already used on this filing. */
export function tagOptions(annotations: readonly AnnotationRecord[]): string[] {
  const custom = new Set<string>();
  for (const annotation of annotations) for (const tag of annotation.tags) if (!PRESET_TAGS.includes(tag)) custom.add(tag);
  return [...PRESET_TAGS, ...[...custom].sort((a, b) => a.localeCompare(b))];
}

export function authorsOf(annotations: readonly AnnotationRecord[]): string[] {
  return [...new Set(annotations.map((annotation) => annotation.author))].sort((a, b) => a.localeCompare(b));
}

/** Adds a typed tag (trimmed, at most 40 characters as the API allows), keeping each once. */
export function addTag(tags: readonly string[], typed: string): string[] {
  const tag = typed.trim().slice(0, 40);
  return tag === '' || tags.includes(tag) ? [...tags] : [...tags, tag];
}

export function toggleTag(tags: readonly string[], tag: string): string[] {
  return tags.includes(tag) ? tags.filter((known) => known !== tag) : [...tags, tag];
}

/** The author may edit or delete their note, and so may a supervisor (by the rules the core checks again). */
export function mayEdit(annotation: Pick<AnnotationRecord, 'author'>, user: Pick<UserRecord, 'username' | 'role'> | null): boolean {
  return user !== null && (annotation.author === user.username || permits({ kind: 'user', role: user.role }, 'supervise'));
}

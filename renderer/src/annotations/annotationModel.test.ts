import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../shared/api/contract';
import { addTag, annotationTone, authorsOf, filterAnnotations, mayEdit, sortAnnotations, tagOptions, toggleTag } from './annotationModel';

let nextId = 1;
function note(patch: Partial<AnnotationRecord> & { page?: number; y?: number } = {}): AnnotationRecord {
  const { page = 1, y = 100, ...rest } = patch;
  return {
    id: nextId++, documentId: 1, anchor: { kind: 'region', page, rects: [{ x0: 50, y0: y, x1: 200, y1: y + 20 }] },
    comment: '', tags: [], status: 'open', author: 'rita', createdAt: '2026-11-22T02:00:00.000Z', updatedAt: '2026-11-22T02:00:00.000Z', replies: [],
    ...rest,
  };
}

describe('annotation list', () => {
  it('filters by status, tag and author', () => {
    const a = note({ tags: ['存疑'] });
    const b = note({ tags: ['需问询', '附注'], author: 'sam' });
    const c = note({ status: 'resolved', tags: ['存疑'] });
    const all = [a, b, c];
    expect(filterAnnotations(all, { status: '', tag: '', author: '' })).toEqual(all);
    expect(filterAnnotations(all, { status: 'open', tag: '存疑', author: '' })).toEqual([a]);
    expect(filterAnnotations(all, { status: '', tag: '', author: 'sam' })).toEqual([b]);
  });

  it('lists notes in reading order', () => {
    const later = note({ page: 2, y: 10 });
    const lower = note({ page: 1, y: 300 });
    const upper = note({ page: 1, y: 40 });
    expect(sortAnnotations([later, lower, upper])).toEqual([upper, lower, later]);
  });

  it('offers the preset tags first, then the filing’s own, and the authors', () => {
    const notes = [note({ tags: ['附注', '存疑'] }), note({ tags: ['关联方'], author: 'sam' })];
    expect(tagOptions(notes)).toEqual(['存疑', '需问询', '已核实', ...['附注', '关联方'].sort((x, y) => x.localeCompare(y))]);
    expect(authorsOf(notes)).toEqual(['rita', 'sam']);
  });
});

describe('tags', () => {
  it('adds a typed tag once, trimmed and cut to 40 characters, and toggles', () => {
    expect(addTag(['存疑'], '  附注 ')).toEqual(['存疑', '附注']);
    expect(addTag(['存疑'], '存疑')).toEqual(['存疑']);
    expect(addTag([], '   ')).toEqual([]);
    expect(addTag([], 'x'.repeat(50))).toEqual(['x'.repeat(40)]);
    expect(toggleTag(['存疑'], '存疑')).toEqual([]);
    expect(toggleTag([], '已核实')).toEqual(['已核实']);
  });

  it('colours a note by status, then its first preset tag', () => {
    expect(annotationTone({ status: 'open', tags: [] })).toBe('note');
    expect(annotationTone({ status: 'open', tags: ['附注', '需问询', '存疑'] })).toBe('query');
    expect(annotationTone({ status: 'open', tags: ['存疑'] })).toBe('doubt');
    expect(annotationTone({ status: 'open', tags: ['已核实'] })).toBe('verified');
    expect(annotationTone({ status: 'resolved', tags: ['需问询'] })).toBe('resolved');
  });
});

describe('who may edit a note', () => {
  it('is its author or a supervisor', () => {
    const mine = note({ author: 'rita' });
    expect(mayEdit(mine, { username: 'rita', role: 'reviewer' })).toBe(true);
    expect(mayEdit(mine, { username: 'bob', role: 'reviewer' })).toBe(false);
    expect(mayEdit(mine, { username: 'sam', role: 'supervisor' })).toBe(true);
    expect(mayEdit(mine, { username: 'admin', role: 'admin' })).toBe(true);
    expect(mayEdit(mine, null)).toBe(false);
  });
});

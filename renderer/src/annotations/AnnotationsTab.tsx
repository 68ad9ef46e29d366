/**
 * The Annotations tab: the filing's notes in reading order, filtered by status, tag and
 * author. A click turns the PDF to the note and flashes it; the selected note shows its
 * thread with a reply box and its actions (resolve or reopen, edit, delete).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOTATION_STATUSES } from '../../../shared/api/contract';
import { useReviewLock } from '../corrections/useReviewLock';
import { useAnnotations } from '../state/annotations';
import { ReviewTabBody } from '../workspace/ReviewTabBody';
import { AnnotationItem } from './AnnotationItem';
import { authorsOf, filterAnnotations, sortAnnotations, tagOptions } from './annotationModel';

export function AnnotationsTab() {
  const { t } = useTranslation();
  const annotations = useAnnotations((state) => state.annotations);
  const loading = useAnnotations((state) => state.loading);
  const error = useAnnotations((state) => state.error);
  const filter = useAnnotations((state) => state.filter);
  const setFilter = useAnnotations((state) => state.setFilter);
  const regionTool = useAnnotations((state) => state.regionTool);
  const lock = useReviewLock();

  const shown = useMemo(() => sortAnnotations(filterAnnotations(annotations, filter)), [annotations, filter]);
  const tags = useMemo(() => tagOptions(annotations), [annotations]);
  const authors = useMemo(() => authorsOf(annotations), [annotations]);
  const open = annotations.filter((annotation) => annotation.status === 'open').length;

  return (
    <div className="review-tab annotations-tab" data-testid="annotations-tab">
      <div className="toolbar review-filters">
        <select
          className="select"
          data-testid="annotation-filter-status"
          aria-label={t('annotations.filterStatus')}
          value={filter.status}
          onChange={(event) => setFilter({ status: ANNOTATION_STATUSES.find((status) => status === event.target.value) ?? '' })}
        >
          <option value="">{t('annotations.anyStatus')}</option>
          {ANNOTATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`annotations.status.${status}`)}
            </option>
          ))}
        </select>
        <select className="select" data-testid="annotation-filter-tag" aria-label={t('annotations.filterTag')} value={filter.tag} onChange={(event) => setFilter({ tag: event.target.value })}>
          <option value="">{t('annotations.anyTag')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <select className="select" data-testid="annotation-filter-author" aria-label={t('annotations.filterAuthor')} value={filter.author} onChange={(event) => setFilter({ author: event.target.value })}>
          <option value="">{t('annotations.anyAuthor')}</option>
          {authors.map((author) => (
            <option key={author} value={author}>
              {author}
            </option>
          ))}
        </select>
        <span className="toolbar-spacer" />
        <span className="library-count" data-testid="annotation-count">
          {t('annotations.count', { shown: shown.length, count: annotations.length, open })}
        </span>
        <button
          type="button"
          className="button button-small"
          aria-pressed={regionTool}
          disabled={lock.locked}
          title={lock.reason ?? t('annotations.regionToolHint')}
          onClick={() => useAnnotations.getState().setRegionTool(!regionTool)}
        >
          {t('annotations.regionTool')}
        </button>
      </div>
      <ReviewTabBody section="annotations" lock={lock} error={error} loading={loading} total={annotations.length} shown={shown.length}>
        {shown.map((annotation) => (
          <AnnotationItem key={annotation.id} annotation={annotation} locked={lock.locked} />
        ))}
      </ReviewTabBody>
    </div>
  );
}

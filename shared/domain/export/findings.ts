/**
 * What a findings report says about one filing: the checks that failed and the annotations
 * still open (each with the places on the PDF to show), the counts, and the sign-off. The
 * HTML and PDF reports both lay out this one model.
 */
import type { Box } from '../extraction/types';
import type { CheckSummary, ExportLanguage } from '../../api/contract';
import { formatDecimal } from '../numbers';
import type { FilingBundle, SignOff } from './bundle';
import { REPORT_TEXT } from './report-text';

/** Boxes on one page to show in one snippet. */
export interface Place {
  page: number;
  boxes: Box[];
}

export interface FigureLine {
  id: number;
  label: string;
  value: string;
  page: number;
}

export interface Finding {
  kind: 'check' | 'annotation';
  id: number;
  title: string;
  /** expected / actual / difference / tolerance, or the comment and its tags. */
  details: { label: string; value: string }[];
  figures: FigureLine[];
  places: Place[];
}

export interface FilingFindings {
  filingId: number;
  heading: string;
  facts: { label: string; value: string }[];
  counts: CheckSummary & { openAnnotations: number; approvedCorrections: number; pendingCorrections: number };
  signOff: SignOff;
  reviewStatus: string;
  findings: Finding[];
}

/** Snippets per finding: a check across many tables shows its first few places. */
export const MAX_PLACES_PER_FINDING = 3;

const TEXT = {
  zh: {
    expected: '应为',
    actual: '实为',
    difference: '差额',
    tolerance: '容差',
    reason: '原因',
    comment: '批注',
    tags: '标签',
    author: '作者',
    quote: '引文',
    replies: '回复',
    code: '证券代码',
    company: '公司',
    type: '文件类型',
    period: '报告期',
    sha256: 'SHA-256',
    file: '文件',
    pages: '页数',
    annotation: '批注',
  },
  en: {
    expected: 'Expected',
    actual: 'Actual',
    difference: 'Difference',
    tolerance: 'Tolerance',
    reason: 'Reason',
    comment: 'Comment',
    tags: 'Tags',
    author: 'Author',
    quote: 'Quote',
    replies: 'Replies',
    code: 'Security code',
    company: 'Company',
    type: 'Document type',
    period: 'Report period',
    sha256: 'SHA-256',
    file: 'File',
    pages: 'Pages',
    annotation: 'Annotation',
  },
} as const;

/** Group boxes by page, in page order, at most `max` pages. */
export function placesOf(items: readonly { page: number; box: Box }[], max = MAX_PLACES_PER_FINDING): Place[] {
  const byPage = new Map<number, Box[]>();
  for (const item of items) byPage.set(item.page, [...(byPage.get(item.page) ?? []), item.box]);
  return [...byPage.entries()]
    .sort(([a], [b]) => a - b)
    .slice(0, max)
    .map(([page, boxes]) => ({ page, boxes }));
}

/** An amount as people read it ("-26,605,786.81"); anything else as it is. */
const readable = (value: string | null | undefined): string | null | undefined => (value && /^-?\d+(?:\.\d+)?$/.test(value) ? formatDecimal(value) : value);

const present = (pairs: { label: string; value: string | null | undefined }[]): { label: string; value: string }[] =>
  pairs.filter((p): p is { label: string; value: string } => p.value !== null && p.value !== undefined && p.value !== '');

export function filingFindings(b: FilingBundle, lang: ExportLanguage, includeAnnotations: boolean): FilingFindings {
  const t = TEXT[lang];
  const figures = new Map(b.figures.map((f) => [f.id, f]));
  const checks: Finding[] = b.checks
    .filter((c) => c.status === 'fail')
    .map((c) => {
      const read = c.figureIds.map((id) => figures.get(id)).filter((f) => f !== undefined);
      return {
        kind: 'check',
        id: c.id,
        title: c.description[lang],
        details: present([
          { label: t.expected, value: readable(c.expected) },
          { label: t.actual, value: readable(c.actual) },
          { label: t.difference, value: readable(c.difference) },
          { label: t.tolerance, value: readable(c.tolerance) },
          { label: t.reason, value: c.reason?.[lang] },
        ]),
        figures: read.map((f) => ({ id: f.id, label: [f.rowPath.join(' / ') || f.metric, f.columnPath.join(' / ')].filter(Boolean).join(' · '), value: readable(f.value) ?? f.value, page: f.page })),
        places: placesOf(read),
      };
    });
  const annotations: Finding[] = includeAnnotations
    ? b.annotations
        .filter((a) => a.status === 'open')
        .map((a) => ({
          kind: 'annotation',
          id: a.id,
          title: a.comment || t.annotation,
          details: present([
            { label: t.tags, value: a.tags.join('、') },
            { label: t.author, value: `${a.author} ${a.createdAt.slice(0, 10)}` },
            { label: t.quote, value: a.anchor.quote },
            { label: t.replies, value: a.replies.map((r) => `${r.author}: ${r.body}`).join(' | ') },
          ]),
          figures: [],
          places: placesOf(a.anchor.rects.map((box) => ({ page: a.anchor.page, box }))),
        }))
    : [];
  const f = b.filing;
  return {
    filingId: f.id,
    heading: [f.securityCode, f.shortName, f.title].filter(Boolean).join(' ') || f.fileName,
    facts: present([
      { label: t.code, value: f.securityCode },
      { label: t.company, value: f.company },
      { label: t.type, value: REPORT_TEXT[lang].documentTypes[f.documentType] },
      { label: t.period, value: f.reportPeriod },
      { label: t.file, value: f.fileName },
      { label: t.pages, value: String(f.pages) },
      { label: t.sha256, value: f.sha256 },
    ]),
    counts: {
      ...(f.checks ?? { pass: 0, rounding: 0, fail: 0, cannot_evaluate: 0 }),
      openAnnotations: b.annotations.filter((a) => a.status === 'open').length,
      approvedCorrections: b.corrections.filter((c) => c.status === 'approved').length,
      pendingCorrections: b.corrections.filter((c) => c.status === 'pending').length,
    },
    signOff: b.signOff,
    reviewStatus: b.review.status,
    findings: [...checks, ...annotations],
  };
}

/**
 * The rows of an export, one kind per dataset file: filings, tables, cells, figures,
 * checks and the figures each read, corrections, annotations. Every row carries its
 * provenance (filing sha256, page and box, extracted beside reviewed value, who corrected
 * and approved it). Keys are stable camelCase: the JSON export writes these rows as they
 * are, CSV and XLSX name their columns from them (columns.ts).
 */
import type { CheckResultRecord, ExportLanguage, ValueMode } from '../../api/contract';
import { precisionOf } from '../numbers';
import type { FilingBundle } from './bundle';
import { cellLabels } from './cell-labels';
import { exportedValue, groupByTarget, proposedNumber, summarizeCorrections, type KeyCorrections } from './corrections-at-key';

export type Scalar = string | number | boolean | null;
export type Row = Record<string, Scalar>;

export interface RowOptions {
  values: ValueMode;
  lang: ExportLanguage;
}

const round = (n: number): number => Math.round(n * 100) / 100;
const boxFields = (box: { x0: number; y0: number; x1: number; y1: number }) => ({ x0: round(box.x0), y0: round(box.y0), x1: round(box.x1), y1: round(box.y1) });

function correctionFields(at: KeyCorrections) {
  const approved = at.approved;
  return {
    correctionStatus: at.state,
    pendingCorrection: at.pendingAny,
    correctedBy: approved?.proposedBy ?? null,
    correctedAt: approved?.proposedAt ?? null,
    approvedBy: approved?.decidedBy ?? null,
    approvedAt: approved?.decidedAt ?? null,
  };
}

/** Which filing a value is from, on every value's row (the filings dataset has the rest). */
function filingFields(b: FilingBundle) {
  const f = b.filing;
  return { filingSha256: f.sha256, securityCode: f.securityCode, shortName: f.shortName, documentType: f.documentType, reportPeriod: f.reportPeriod };
}

const STATUS_RANK: Record<CheckResultRecord['status'], number> = { fail: 0, cannot_evaluate: 1, rounding: 2, pass: 3 };

/** The worst status among checks: a figure in one failing check is failing. */
export function worstStatus(checks: readonly CheckResultRecord[]): CheckResultRecord['status'] | null {
  return checks.reduce<CheckResultRecord['status'] | null>((worst, c) => (worst === null || STATUS_RANK[c.status] < STATUS_RANK[worst] ? c.status : worst), null);
}

export function filingRow(b: FilingBundle): Row {
  const { filing: f, signOff } = b;
  const counts = f.checks ?? { pass: 0, rounding: 0, fail: 0, cannot_evaluate: 0 };
  return {
    filingSha256: f.sha256,
    filingId: f.id,
    fileName: f.fileName,
    securityCode: f.securityCode,
    shortName: f.shortName,
    company: f.company,
    documentType: f.documentType,
    reportPeriod: f.reportPeriod,
    disclosureDate: f.disclosureDate,
    pages: f.pages,
    reviewStatus: b.review.status,
    reviewer: signOff.reviewer?.username ?? null,
    submittedAt: signOff.reviewer?.at ?? null,
    supervisor: signOff.supervisor?.username ?? null,
    approvedAt: signOff.supervisor?.at ?? null,
    extractedAt: f.extractedAt,
    checksPass: counts.pass,
    checksRounding: counts.rounding,
    checksFail: counts.fail,
    checksCannotEvaluate: counts.cannot_evaluate,
    pendingCorrections: f.pendingCorrections,
    openAnnotations: f.openAnnotations,
  };
}

export function tableRows(b: FilingBundle): Row[] {
  return b.tables.map(({ table: t }) => ({
    tableId: t.id,
    filingSha256: b.filing.sha256,
    seq: t.seq,
    title: t.title,
    kind: t.kind,
    pageStart: t.pageStart,
    pageEnd: t.pageEnd,
    unit: t.unit,
    scale: t.scale,
    currency: t.currency,
    rowCount: t.rowCount,
    colCount: t.colCount,
    headerRows: t.headerRows,
  }));
}

export function cellRows(b: FilingBundle, options: RowOptions): Row[] {
  const corrections = groupByTarget(b.corrections);
  return b.tables.flatMap(({ table, cells }) => {
    const labels = cellLabels(cells);
    return cells.map((cell) => {
      const at = summarizeCorrections(corrections.get(cell.key));
      // A pending value correction of the cell's figure, or of the cell's text: either is what the cell would say.
      const proposed = at.pendingValue?.newValue ?? null;
      const { value: text, source } = exportedValue(cell.text, cell.reviewed, proposed, options.values);
      const proposedValue = source === 'pending' ? proposedNumber(at.pendingValue) : null;
      return {
        cellId: cell.id,
        tableId: table.id,
        ...filingFields(b),
        key: cell.key,
        row: cell.row,
        col: cell.col,
        rowSpan: cell.rowSpan,
        colSpan: cell.colSpan,
        rowLabel: labels.get(cell.id)?.row ?? '',
        columnLabel: labels.get(cell.id)?.column ?? '',
        isHeader: cell.isHeader,
        page: cell.page,
        ...boxFields(cell.box),
        printedText: cell.extractedText,
        reviewedText: cell.text,
        text,
        valueSource: source,
        valueKind: source === 'pending' ? (proposedValue === null ? 'text' : 'number') : cell.valueKind,
        value: source === 'pending' ? proposedValue : cell.value,
        precision: source === 'pending' ? (proposedValue === null ? null : precisionOf(proposedValue)) : cell.precision,
        ...correctionFields(at),
      };
    });
  });
}

export function figureRows(b: FilingBundle, options: RowOptions): Row[] {
  const corrections = groupByTarget(b.corrections);
  const tables = new Map(b.tables.map(({ table }) => [table.id, table]));
  const checksOf = new Map<number, CheckResultRecord[]>();
  for (const check of b.checks) {
    for (const id of new Set(check.figureIds)) {
      const list = checksOf.get(id);
      if (list) list.push(check);
      else checksOf.set(id, [check]);
    }
  }
  return b.figures.map((figure) => {
    const at = summarizeCorrections(corrections.get(figure.key));
    const proposed = proposedNumber(at.pendingValue);
    const { value, source } = exportedValue(figure.value, figure.reviewed && figure.value !== figure.extractedValue, proposed, options.values);
    const checks = checksOf.get(figure.id) ?? [];
    const table = figure.tableId === null ? undefined : tables.get(figure.tableId);
    return {
      figureId: figure.id,
      ...filingFields(b),
      key: figure.key,
      source: figure.source,
      tableId: figure.tableId,
      tableTitle: table?.title ?? null,
      cellId: figure.cellId,
      rowLabel: figure.rowPath.join(' / ') || figure.metric,
      columnLabel: figure.columnPath.join(' / '),
      metric: figure.metric,
      canonical: figure.canonical,
      periodLabel: figure.periodLabel,
      periodStart: figure.periodStart,
      periodEnd: figure.periodEnd,
      page: figure.page,
      ...boxFields(figure.box),
      printed: b.printed.get(figure.id) ?? null,
      extractedValue: figure.extractedValue,
      reviewedValue: figure.value,
      proposedValue: proposed,
      value,
      valueSource: source,
      unit: figure.unit,
      scale: figure.scale,
      precision: source === 'pending' && proposed !== null ? precisionOf(proposed) : figure.precision,
      percent: figure.percent,
      ...correctionFields(at),
      checkIds: checks.map((c) => c.id).join(';'),
      checkStatus: worstStatus(checks),
      checks: checks.map((c) => `${c.description[options.lang]} [${c.status}]`).join(' | '),
    };
  });
}

export function checkRows(b: FilingBundle, options: RowOptions): Row[] {
  return b.checks.map((c) => ({
    checkId: c.id,
    filingSha256: b.filing.sha256,
    key: c.key,
    family: c.family,
    rule: c.rule,
    description: c.description[options.lang],
    status: c.status,
    expected: c.expected,
    actual: c.actual,
    difference: c.difference,
    tolerance: c.tolerance,
    reason: c.reason?.[options.lang] ?? null,
    checkedAt: c.checkedAt,
    figureIds: c.figureIds.join(';'),
  }));
}

/** Which figures each check read, in order; only figures in the export (a cross-filing check may read another filing's). */
export function checkFigureRows(b: FilingBundle, exportedFigureIds: ReadonlySet<number>): Row[] {
  return b.checks.flatMap((c) =>
    c.figureIds.flatMap((figureId, position) => (exportedFigureIds.has(figureId) ? [{ checkId: c.id, position, figureId }] : [])),
  );
}

export function correctionRows(b: FilingBundle): Row[] {
  return b.corrections.map((c) => ({
    correctionId: c.id,
    filingSha256: b.filing.sha256,
    targetKey: c.targetKey,
    field: c.field,
    label: c.label,
    page: c.page,
    ...boxFields(c.box),
    extractedValue: c.extractedValue,
    oldValue: c.oldValue,
    newValue: c.newValue,
    reason: c.reason,
    status: c.status,
    proposedBy: c.proposedBy,
    proposedAt: c.proposedAt,
    decidedBy: c.decidedBy,
    decidedAt: c.decidedAt,
    decisionComment: c.decisionComment,
    stale: c.stale,
  }));
}

export function annotationRows(b: FilingBundle): Row[] {
  return b.annotations.map((a) => {
    const rects = a.anchor.rects;
    return {
      annotationId: a.id,
      filingSha256: b.filing.sha256,
      anchorKind: a.anchor.kind,
      page: a.anchor.page,
      ...boxFields({
        x0: Math.min(...rects.map((r) => r.x0)),
        y0: Math.min(...rects.map((r) => r.y0)),
        x1: Math.max(...rects.map((r) => r.x1)),
        y1: Math.max(...rects.map((r) => r.y1)),
      }),
      quote: a.anchor.quote ?? null,
      targetKey: a.anchor.targetKey ?? null,
      comment: a.comment,
      tags: a.tags.join(';'),
      status: a.status,
      author: a.author,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      replies: a.replies.map((r) => `${r.author}: ${r.body}`).join(' | '),
    };
  });
}

/** The words of the findings report, in Chinese and English; the HTML and PDF reports share them. */
import type { DocumentType, ExportLanguage, ReviewStatus } from '../../api/contract';

export const REPORT_TEXT = {
  zh: {
    title: '勾稽发现报告',
    batchTitle: '勾稽发现报告汇总',
    generated: '生成时间',
    values: { approved: '仅已审批的数值', all: '全部数值（含待审更正）' },
    counts: '统计',
    pass: '相符',
    rounding: '尾数差异',
    fail: '不符',
    cannot_evaluate: '无法校验',
    openAnnotations: '未解决批注',
    approvedCorrections: '已审批更正',
    pendingCorrections: '待审更正',
    signOff: '签核',
    reviewer: '复核人',
    supervisor: '审批人',
    submittedOn: '提交于',
    approvedOn: '审批于',
    notSigned: '尚未签核',
    status: '复核状态',
    findings: '发现事项',
    checkFailure: '勾稽不符',
    annotation: '批注',
    figures: '涉及数据点',
    page: '第 {n} 页',
    none: '没有勾稽不符或未解决的批注。',
    snippetAlt: '第 {n} 页所在位置',
    filing: '文件',
    statuses: { new: '新导入', in_review: '复核中', submitted: '已提交', approved: '已审批', returned: '已退回' } satisfies Record<ReviewStatus, string>,
    documentTypes: {
      annual_report: '年度报告',
      half_year_report: '半年度报告',
      quarterly_report: '季度报告',
      related_party_announcement: '关联交易公告',
      inquiry_reply: '问询函回复',
      policy: '制度',
      other: '其他',
    } satisfies Record<DocumentType, string>,
  },
  en: {
    title: 'Findings report',
    batchTitle: 'Findings reports: summary',
    generated: 'Generated',
    values: { approved: 'approved values only', all: 'all values (pending corrections included)' },
    counts: 'Counts',
    pass: 'Tied',
    rounding: 'Rounding',
    fail: 'Failed',
    cannot_evaluate: 'Not evaluable',
    openAnnotations: 'Open annotations',
    approvedCorrections: 'Approved corrections',
    pendingCorrections: 'Pending corrections',
    signOff: 'Sign-off',
    reviewer: 'Reviewer',
    supervisor: 'Supervisor',
    submittedOn: 'submitted',
    approvedOn: 'approved',
    notSigned: 'not signed',
    status: 'Review status',
    findings: 'Findings',
    checkFailure: 'Check failed',
    annotation: 'Annotation',
    figures: 'Figures read',
    page: 'page {n}',
    none: 'No failed checks and no open annotations.',
    snippetAlt: 'The place on page {n}',
    filing: 'Filing',
    statuses: { new: 'new', in_review: 'in review', submitted: 'submitted', approved: 'approved', returned: 'returned' } satisfies Record<ReviewStatus, string>,
    documentTypes: {
      annual_report: 'annual report',
      half_year_report: 'half-year report',
      quarterly_report: 'quarterly report',
      related_party_announcement: 'related-party announcement',
      inquiry_reply: 'inquiry reply',
      policy: 'policy',
      other: 'other',
    } satisfies Record<DocumentType, string>,
  },
} as const;

export type ReportText = (typeof REPORT_TEXT)[ExportLanguage];

export const pageLabel = (t: ReportText, page: number): string => t.page.replace('{n}', String(page));

/** "2025-07-01 09:30" from an ISO timestamp (UTC, as stored). */
export const shortTime = (iso: string): string => iso.slice(0, 16).replace('T', ' ');

/** The count lines both reports show, in order. */
export function countLines(t: ReportText, counts: { pass: number; rounding: number; fail: number; cannot_evaluate: number; openAnnotations: number; approvedCorrections: number; pendingCorrections: number }) {
  return [
    { key: 'fail', label: t.fail, value: counts.fail },
    { key: 'cannot_evaluate', label: t.cannot_evaluate, value: counts.cannot_evaluate },
    { key: 'rounding', label: t.rounding, value: counts.rounding },
    { key: 'pass', label: t.pass, value: counts.pass },
    { key: 'openAnnotations', label: t.openAnnotations, value: counts.openAnnotations },
    { key: 'approvedCorrections', label: t.approvedCorrections, value: counts.approvedCorrections },
    { key: 'pendingCorrections', label: t.pendingCorrections, value: counts.pendingCorrections },
  ];
}

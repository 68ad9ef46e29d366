/**
 * The dataset files of an export and their columns: one definition that the CSV writer
 * (header row), the XLSX sheets and the Frictionless datapackage.json (fields, types,
 * primary and foreign keys) all read. A column's `key` names the row field (rows.ts);
 * its header is Chinese or English as the export asks.
 */
import type { ExportLanguage } from '../../api/contract';

/** Frictionless Table Schema types. `number` columns hold exact decimal strings ("-1234.50"). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'datetime';

export interface Column {
  key: string;
  type: FieldType;
  zh: string;
  en: string;
}

export type DatasetName = 'filings' | 'tables' | 'cells' | 'figures' | 'checks' | 'check_figures' | 'corrections' | 'annotations';

export interface ForeignKey {
  fields: string[];
  resource: DatasetName;
  reference: string[];
}

export interface Dataset {
  name: DatasetName;
  title: { zh: string; en: string };
  columns: Column[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

const col = (key: string, type: FieldType, zh: string, en: string): Column => ({ key, type, zh, en });

const FILING_SHA = col('filingSha256', 'string', '文件SHA-256', 'Filing SHA-256');
/** The filing a value is from, named on its row: sha256, code, short name, type, period. */
const FILING_PROVENANCE = [
  FILING_SHA,
  col('securityCode', 'string', '证券代码', 'Security code'),
  col('shortName', 'string', '证券简称', 'Short name'),
  col('documentType', 'string', '文件类型', 'Document type'),
  col('reportPeriod', 'string', '报告期', 'Report period'),
];
const PAGE = col('page', 'integer', '页码', 'Page');
const BOX = [col('x0', 'number', '左(pt)', 'Box x0 (pt)'), col('y0', 'number', '上(pt)', 'Box y0 (pt)'), col('x1', 'number', '右(pt)', 'Box x1 (pt)'), col('y1', 'number', '下(pt)', 'Box y1 (pt)')];
const CORRECTION_PROVENANCE = [
  col('correctionStatus', 'string', '更正状态', 'Correction status'),
  col('pendingCorrection', 'boolean', '有待审更正', 'Pending correction'),
  col('correctedBy', 'string', '更正人', 'Corrected by'),
  col('correctedAt', 'datetime', '更正时间', 'Corrected at'),
  col('approvedBy', 'string', '审批人', 'Approved by'),
  col('approvedAt', 'datetime', '审批时间', 'Approved at'),
];
const toFiling: ForeignKey = { fields: ['filingSha256'], resource: 'filings', reference: ['filingSha256'] };

export const DATASETS: readonly Dataset[] = [
  {
    name: 'filings',
    title: { zh: '文件', en: 'Filings' },
    primaryKey: ['filingSha256'],
    foreignKeys: [],
    columns: [
      FILING_SHA,
      col('filingId', 'integer', '文件编号', 'Filing id'),
      col('fileName', 'string', '文件名', 'File name'),
      col('securityCode', 'string', '证券代码', 'Security code'),
      col('shortName', 'string', '证券简称', 'Short name'),
      col('company', 'string', '公司名称', 'Company'),
      col('documentType', 'string', '文件类型', 'Document type'),
      col('reportPeriod', 'string', '报告期', 'Report period'),
      col('disclosureDate', 'string', '披露日期', 'Disclosure date'),
      col('pages', 'integer', '页数', 'Pages'),
      col('reviewStatus', 'string', '复核状态', 'Review status'),
      col('reviewer', 'string', '复核人', 'Reviewer'),
      col('submittedAt', 'datetime', '提交时间', 'Submitted at'),
      col('supervisor', 'string', '审批人', 'Supervisor'),
      col('approvedAt', 'datetime', '审批时间', 'Approved at'),
      col('extractedAt', 'datetime', '提取时间', 'Extracted at'),
      col('checksPass', 'integer', '勾稽相符', 'Checks passed'),
      col('checksRounding', 'integer', '尾数差异', 'Rounding differences'),
      col('checksFail', 'integer', '勾稽不符', 'Checks failed'),
      col('checksCannotEvaluate', 'integer', '无法校验', 'Checks not evaluable'),
      col('pendingCorrections', 'integer', '待审更正', 'Pending corrections'),
      col('openAnnotations', 'integer', '未解决批注', 'Open annotations'),
    ],
  },
  {
    name: 'tables',
    title: { zh: '表格', en: 'Tables' },
    primaryKey: ['tableId'],
    foreignKeys: [toFiling],
    columns: [
      col('tableId', 'integer', '表格编号', 'Table id'),
      FILING_SHA,
      col('seq', 'integer', '表序号', 'Table number'),
      col('title', 'string', '表名', 'Title'),
      col('kind', 'string', '表类型', 'Kind'),
      col('pageStart', 'integer', '起始页', 'First page'),
      col('pageEnd', 'integer', '结束页', 'Last page'),
      col('unit', 'string', '单位', 'Unit'),
      col('scale', 'number', '倍数', 'Scale'),
      col('currency', 'string', '币种', 'Currency'),
      col('rowCount', 'integer', '行数', 'Rows'),
      col('colCount', 'integer', '列数', 'Columns'),
      col('headerRows', 'integer', '表头行数', 'Header rows'),
    ],
  },
  {
    name: 'cells',
    title: { zh: '单元格', en: 'Cells' },
    primaryKey: ['cellId'],
    foreignKeys: [toFiling, { fields: ['tableId'], resource: 'tables', reference: ['tableId'] }],
    columns: [
      col('cellId', 'integer', '单元格编号', 'Cell id'),
      col('tableId', 'integer', '表格编号', 'Table id'),
      ...FILING_PROVENANCE,
      col('key', 'string', '位置键', 'Key'),
      col('row', 'integer', '行', 'Row'),
      col('col', 'integer', '列', 'Column'),
      col('rowSpan', 'integer', '跨行', 'Row span'),
      col('colSpan', 'integer', '跨列', 'Column span'),
      col('rowLabel', 'string', '行标签', 'Row label'),
      col('columnLabel', 'string', '列标签', 'Column label'),
      col('isHeader', 'boolean', '表头', 'Header'),
      PAGE,
      ...BOX,
      col('printedText', 'string', '原文', 'Text as printed'),
      col('reviewedText', 'string', '复核后文本', 'Reviewed text'),
      col('text', 'string', '导出文本', 'Exported text'),
      col('valueSource', 'string', '取值来源', 'Value source'),
      col('valueKind', 'string', '值类型', 'Value kind'),
      col('value', 'number', '数值', 'Value'),
      col('precision', 'integer', '小数位', 'Decimals'),
      ...CORRECTION_PROVENANCE,
    ],
  },
  {
    name: 'figures',
    title: { zh: '数据点', en: 'Figures' },
    primaryKey: ['figureId'],
    foreignKeys: [toFiling, { fields: ['tableId'], resource: 'tables', reference: ['tableId'] }, { fields: ['cellId'], resource: 'cells', reference: ['cellId'] }],
    columns: [
      col('figureId', 'integer', '数据点编号', 'Figure id'),
      ...FILING_PROVENANCE,
      col('key', 'string', '位置键', 'Key'),
      col('source', 'string', '来源', 'Source'),
      col('tableId', 'integer', '表格编号', 'Table id'),
      col('tableTitle', 'string', '表名', 'Table title'),
      col('cellId', 'integer', '单元格编号', 'Cell id'),
      col('rowLabel', 'string', '行标签', 'Row label'),
      col('columnLabel', 'string', '列标签', 'Column label'),
      col('metric', 'string', '项目', 'Item'),
      col('canonical', 'string', '标准项目', 'Canonical item'),
      col('periodLabel', 'string', '期间', 'Period'),
      col('periodStart', 'string', '期间起', 'Period start'),
      col('periodEnd', 'string', '期间止', 'Period end'),
      PAGE,
      ...BOX,
      col('printed', 'string', '原文', 'As printed'),
      col('extractedValue', 'number', '提取值', 'Extracted value'),
      col('reviewedValue', 'number', '复核值', 'Reviewed value'),
      col('proposedValue', 'number', '待审更正值', 'Proposed value (pending)'),
      col('value', 'number', '导出值', 'Exported value'),
      col('valueSource', 'string', '取值来源', 'Value source'),
      col('unit', 'string', '单位', 'Unit'),
      col('scale', 'number', '倍数', 'Scale'),
      col('precision', 'integer', '小数位', 'Decimals'),
      col('percent', 'boolean', '百分比', 'Percent'),
      ...CORRECTION_PROVENANCE,
      col('checkIds', 'string', '勾稽编号', 'Check ids'),
      col('checkStatus', 'string', '勾稽结果', 'Check status'),
      col('checks', 'string', '相关勾稽', 'Checks'),
    ],
  },
  {
    name: 'checks',
    title: { zh: '勾稽', en: 'Checks' },
    primaryKey: ['checkId'],
    foreignKeys: [toFiling],
    columns: [
      col('checkId', 'integer', '勾稽编号', 'Check id'),
      FILING_SHA,
      col('key', 'string', '勾稽键', 'Key'),
      col('family', 'string', '类别', 'Family'),
      col('rule', 'string', '规则', 'Rule'),
      col('description', 'string', '说明', 'Description'),
      col('status', 'string', '结果', 'Status'),
      col('expected', 'number', '应为', 'Expected'),
      col('actual', 'number', '实为', 'Actual'),
      col('difference', 'number', '差额', 'Difference'),
      col('tolerance', 'number', '容差', 'Tolerance'),
      col('reason', 'string', '原因', 'Reason'),
      col('checkedAt', 'datetime', '校验时间', 'Checked at'),
      col('figureIds', 'string', '数据点编号', 'Figure ids'),
    ],
  },
  {
    name: 'check_figures',
    title: { zh: '勾稽数据点', en: 'Check figures' },
    primaryKey: ['checkId', 'position'],
    foreignKeys: [
      { fields: ['checkId'], resource: 'checks', reference: ['checkId'] },
      { fields: ['figureId'], resource: 'figures', reference: ['figureId'] },
    ],
    columns: [col('checkId', 'integer', '勾稽编号', 'Check id'), col('position', 'integer', '序号', 'Position'), col('figureId', 'integer', '数据点编号', 'Figure id')],
  },
  {
    name: 'corrections',
    title: { zh: '更正', en: 'Corrections' },
    primaryKey: ['correctionId'],
    foreignKeys: [toFiling],
    columns: [
      col('correctionId', 'integer', '更正编号', 'Correction id'),
      FILING_SHA,
      col('targetKey', 'string', '位置键', 'Target key'),
      col('field', 'string', '更正字段', 'Field'),
      col('label', 'string', '项目', 'Label'),
      PAGE,
      ...BOX,
      col('extractedValue', 'string', '提取值', 'Extracted value'),
      col('oldValue', 'string', '原值', 'Old value'),
      col('newValue', 'string', '新值', 'New value'),
      col('reason', 'string', '更正原因', 'Reason'),
      col('status', 'string', '状态', 'Status'),
      col('proposedBy', 'string', '提出人', 'Proposed by'),
      col('proposedAt', 'datetime', '提出时间', 'Proposed at'),
      col('decidedBy', 'string', '审批人', 'Decided by'),
      col('decidedAt', 'datetime', '审批时间', 'Decided at'),
      col('decisionComment', 'string', '审批意见', 'Decision comment'),
      col('stale', 'boolean', '已过期', 'Stale'),
    ],
  },
  {
    name: 'annotations',
    title: { zh: '批注', en: 'Annotations' },
    primaryKey: ['annotationId'],
    foreignKeys: [toFiling],
    columns: [
      col('annotationId', 'integer', '批注编号', 'Annotation id'),
      FILING_SHA,
      col('anchorKind', 'string', '锚点类型', 'Anchor'),
      PAGE,
      ...BOX,
      col('quote', 'string', '引文', 'Quote'),
      col('targetKey', 'string', '位置键', 'Target key'),
      col('comment', 'string', '批注', 'Comment'),
      col('tags', 'string', '标签', 'Tags'),
      col('status', 'string', '状态', 'Status'),
      col('author', 'string', '作者', 'Author'),
      col('createdAt', 'datetime', '创建时间', 'Created at'),
      col('updatedAt', 'datetime', '更新时间', 'Updated at'),
      col('replies', 'string', '回复', 'Replies'),
    ],
  },
];

export function dataset(name: DatasetName): Dataset {
  return DATASETS.find((d) => d.name === name)!;
}

export const header = (column: Column, lang: ExportLanguage): string => column[lang];

/** A column's header by its key, for primary and foreign keys in the header language. */
export function headerOf(ds: Dataset, key: string, lang: ExportLanguage): string {
  const column = ds.columns.find((c) => c.key === key);
  if (!column) throw new Error(`dataset ${ds.name} has no column ${key}`);
  return column[lang];
}

export const datasetFile = (name: DatasetName): string => `${name}.csv`;

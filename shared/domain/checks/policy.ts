/**
 * Related-party approval policy: which body must approve an announced related-party amount
 * (董事长 chairman, 董事会 board, 股东会 shareholders' meeting) under a company's own rule
 * set, and whether the filing says that body approved it or has it on the meeting's agenda.
 *
 * Conditions are evaluated in three-valued logic: a threshold on the share of total assets
 * is unknown when total assets are not given, and the counterparty may be unknown (then both
 * readings are evaluated). The result is a range of possible required bodies; the check
 * passes when the stated approval covers the highest, fails when it is below the lowest.
 */
import type Decimal from 'decimal.js';
import type { FigureRecord } from '../../api/contract';
import { cleanLabel } from '../metrics';
import { formatDecimal, toDecimal } from '../numbers';
import { isMoney, measureUnitOf } from './consistency';
import { isTotalLabel } from './footing';
import type { TableView, ViewRow } from './table-view';
import type { Bilingual, CheckResult, FilingFigures } from './types';

// ---------------------------------------------------------------------------------------
// Rule sets
// ---------------------------------------------------------------------------------------

/** Approval bodies, lowest authority first. */
export const APPROVAL_BODIES = ['chairman', 'board', 'shareholders_meeting'] as const;
export type ApprovalBody = (typeof APPROVAL_BODIES)[number];

export type CounterpartyType = 'natural' | 'legal';

export type PolicyCondition =
  | { kind: 'always' }
  | { kind: 'counterparty'; is: CounterpartyType }
  /** The transaction is a guarantee provided for the related party (提供担保). */
  | { kind: 'guarantee' }
  /** The amount in 元 is above `yuan` (or equal to it when inclusive). */
  | { kind: 'amount'; yuan: string; inclusive: boolean }
  /** The amount is above `percent` % of the latest audited total assets (or equal when inclusive). */
  | { kind: 'share_of_total_assets'; percent: string; inclusive: boolean }
  | { kind: 'all'; of: readonly PolicyCondition[] }
  | { kind: 'any'; of: readonly PolicyCondition[] };

export interface PolicyTier {
  /** The article the tier comes from, e.g. "17.3". */
  article: string;
  body: ApprovalBody;
  /** The tier in words, as the policy states it. */
  name: Bilingual;
  when: PolicyCondition;
}

export interface PolicyRuleSet {
  id: string;
  name: Bilingual;
  /** Who approves what no tier reaches. */
  baseline: Omit<PolicyTier, 'when'>;
  /** Tiers that raise the required body; every tier that holds applies, the highest body wins. */
  tiers: readonly PolicyTier[];
}

export interface PolicyContext {
  /** The latest audited total assets, in 元. */
  latestAuditedTotalAssets?: string;
  /** The filing's running text, where approvals are stated ("董事会审议通过", "提交股东会审议"). */
  filingText?: string;
}

// ---------------------------------------------------------------------------------------
// Three-valued evaluation
// ---------------------------------------------------------------------------------------

type Truth = true | false | 'unknown';

interface Transaction {
  yuan: Decimal;
  counterparty: CounterpartyType;
  guarantee: boolean;
  totalAssets: Decimal | null;
}

function above(value: Decimal, threshold: Decimal, inclusive: boolean): boolean {
  return inclusive ? value.gte(threshold) : value.gt(threshold);
}

function allOf(values: readonly Truth[]): Truth {
  if (values.includes(false)) return false;
  return values.includes('unknown') ? 'unknown' : true;
}

function anyOf(values: readonly Truth[]): Truth {
  if (values.includes(true)) return true;
  return values.includes('unknown') ? 'unknown' : false;
}

function holds(condition: PolicyCondition, tx: Transaction): Truth {
  switch (condition.kind) {
    case 'always':
      return true;
    case 'counterparty':
      return tx.counterparty === condition.is;
    case 'guarantee':
      return tx.guarantee;
    case 'amount':
      return above(tx.yuan, toDecimal(condition.yuan), condition.inclusive);
    case 'share_of_total_assets':
      if (tx.totalAssets === null || tx.totalAssets.lte(0)) return 'unknown';
      return above(tx.yuan.times(100), tx.totalAssets.times(toDecimal(condition.percent)), condition.inclusive);
    case 'all':
      return allOf(condition.of.map((c) => holds(c, tx)));
    case 'any':
      return anyOf(condition.of.map((c) => holds(c, tx)));
  }
}

function rank(body: ApprovalBody): number {
  return APPROVAL_BODIES.indexOf(body);
}

type TierRef = Omit<PolicyTier, 'when'>;

interface Requirement {
  /** The body certainly required, with the tier that requires it. */
  low: TierRef;
  /** The highest body that may be required, given what is unknown. */
  high: TierRef;
  /** Total assets would narrow the range. */
  needsTotalAssets: boolean;
}

function higher(a: TierRef, b: TierRef): TierRef {
  return rank(b.body) > rank(a.body) ? b : a;
}

function lower(a: TierRef, b: TierRef): TierRef {
  return rank(b.body) < rank(a.body) ? b : a;
}

function requirementFor(ruleSet: PolicyRuleSet, tx: Transaction): Requirement {
  let low: TierRef = ruleSet.baseline;
  let high: TierRef = ruleSet.baseline;
  let needsTotalAssets = false;
  for (const tier of ruleSet.tiers) {
    const truth = holds(tier.when, tx);
    if (truth === true) low = higher(low, tier);
    if (truth !== false) high = higher(high, tier);
    if (truth === 'unknown' && rank(tier.body) > rank(low.body)) needsTotalAssets = true;
  }
  return { low, high, needsTotalAssets: needsTotalAssets && rank(high.body) > rank(low.body) };
}

/** For an unknown counterparty, the union of both readings. */
function requirementForEither(ruleSet: PolicyRuleSet, tx: Omit<Transaction, 'counterparty'>, counterparty: CounterpartyType | null): Requirement {
  if (counterparty !== null) return requirementFor(ruleSet, { ...tx, counterparty });
  const natural = requirementFor(ruleSet, { ...tx, counterparty: 'natural' });
  const legal = requirementFor(ruleSet, { ...tx, counterparty: 'legal' });
  return {
    low: lower(natural.low, legal.low),
    high: higher(natural.high, legal.high),
    needsTotalAssets: natural.needsTotalAssets || legal.needsTotalAssets,
  };
}

// ---------------------------------------------------------------------------------------
// What the filing says
// ---------------------------------------------------------------------------------------

const NATURAL = /关联自然人|自然人|董事(?!会)|监事(?!会)|高级管理人员|高管|个人|先生|女士|亲属|家庭成员/u;
const LEGAL = /有限公司|有限责任公司|股份公司|集团|法人|企业|合伙|子公司|其他组织/u;
const GUARANTEE = /(?<!反)担保/u;

/** Natural when only natural-person words appear, legal when only legal-person words do. */
export function counterpartyOf(text: string): CounterpartyType | null {
  const natural = NATURAL.test(text);
  const legal = LEGAL.test(text);
  if (natural === legal) return null;
  return natural ? 'natural' : 'legal';
}

export interface StatedApproval {
  body: ApprovalBody;
  /** Submitted to (or awaiting) the meeting rather than approved by it. */
  pending: boolean;
  /** The words that say so. */
  evidence: string;
}

const MEETING_PENDING = /(?:尚需|需|须|将|拟|待)?(?:提交|提请)[^。；;]{0,30}?股东(?:大)?会(?:审议|批准)?/gu;
const MEETING_APPROVED = /(?<!(?:提交|提请)[^。；;]{0,30})股东(?:大)?会(?:会议)?(?:审议通过|审议批准|批准|通过)/gu;
const BOARD_APPROVED = /董事会[^。；;]{0,40}?(?:审议通过|审议并通过|表决通过|审批通过|批准)|董事会第[^。；;]{0,20}次会议[。.:：\d]{0,6}会议审议通过/gu;
const CHAIRMAN_APPROVED = /董事长(?:已)?(?:审批通过|审批|批准|同意)/gu;
/** "尚需董事会批准" states a need, not an approval. */
const NOT_YET = /尚需|需|须|待|提交|提请|拟/u;
/** How far before an approval a need word still governs it ("尚需经董事会批准"). */
const NOT_YET_REACH = 4;
/** An approval counts only near words about related parties: a filing approves many things. */
const RELATED = /关联/u;
const RELEVANCE_WINDOW = 150;

function relevantMatches(pattern: RegExp, text: string, approval: boolean): string[] {
  return [...text.matchAll(pattern)]
    .filter((m) => !approval || !NOT_YET.test(text.slice(Math.max(0, m.index - NOT_YET_REACH), m.index + m[0].length)))
    .filter((m) => RELATED.test(text.slice(Math.max(0, m.index - RELEVANCE_WINDOW), m.index + m[0].length + RELEVANCE_WINDOW)))
    .map((m) => m[0]);
}

/**
 * The highest body the text says approved related-party transactions, or has them on its
 * agenda (提交股东会审议: pending). Approvals far from any mention of 关联 are ignored.
 */
export function statedApproval(text: string): StatedApproval | null {
  const compact = text.replace(/\s+/gu, '');
  const readings: [RegExp, ApprovalBody, boolean][] = [
    [MEETING_APPROVED, 'shareholders_meeting', false],
    [MEETING_PENDING, 'shareholders_meeting', true],
    [BOARD_APPROVED, 'board', false],
    [CHAIRMAN_APPROVED, 'chairman', false],
  ];
  for (const [pattern, body, pending] of readings) {
    const [evidence] = relevantMatches(pattern, compact, !pending);
    if (evidence !== undefined) return { body, pending, evidence };
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Amounts announced
// ---------------------------------------------------------------------------------------

const BODY_NAMES: Record<ApprovalBody, Bilingual> = {
  chairman: { zh: '董事长', en: 'chairman' },
  board: { zh: '董事会', en: 'board' },
  shareholders_meeting: { zh: '股东会', en: "shareholders' meeting" },
};

/** The column of planned amounts (预计金额), not last year's actuals. */
function plannedColumn(view: TableView): number | undefined {
  const header = (col: number): string => (view.columnHeader.get(col) ?? []).join('/');
  const money = view.valueColumns.filter((col) => view.rows.some((row) => {
    const figure = view.figureAt(row.row, col);
    return figure !== undefined && isMoney(figure);
  }));
  const actual = /实际|已发生|上年|年初至/u;
  return money.find((col) => /预计/u.test(header(col)) && !actual.test(header(col))) ?? money.find((col) => !actual.test(header(col)));
}

function rowText(view: TableView, row: ViewRow): string {
  return view.table.cells
    .filter((cell) => cell.row === row.row && !cell.isHeader && cell.valueKind === 'text')
    .map((cell) => cell.text)
    .join(' ');
}

interface Announced {
  figure: FigureRecord;
  label: string;
  /** The row's words and the text around the same amount in the narrative. */
  words: string;
  total: boolean;
}

function announcedAmounts(filing: FilingFigures, views: readonly TableView[]): Announced[] {
  const narratives = filing.figures.filter((f) => f.source === 'text' && f.context !== null);
  return views
    .filter((view) => view.table.kind === 'related_party')
    .flatMap((view) => {
      const col = plannedColumn(view);
      if (col === undefined) return [];
      return view.rows.flatMap((row) => {
        const figure = view.figureAt(row.row, col);
        if (!figure || row.child || !isMoney(figure) || toDecimal(figure.value).lte(0)) return [];
        const sameAmount = narratives.filter((n) => isMoney(n) && n.unit === figure.unit && toDecimal(n.value).eq(toDecimal(figure.value)));
        const words = [rowText(view, row), ...sameAmount.map((n) => n.context ?? '')].join(' ');
        return [{ figure, label: cleanLabel(row.label) || row.label, words, total: isTotalLabel(row.label) }];
      });
    });
}

function filingWords(filing: FilingFigures, context: PolicyContext): string {
  const titles = filing.tables.map((t) => t.title ?? '');
  const contexts = filing.figures.map((f) => f.context ?? '');
  return [context.filingText ?? '', ...titles, ...contexts].join('\n');
}

// ---------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------

function bodyRange(requirement: Requirement): Bilingual {
  const { low, high } = requirement;
  if (low.body === high.body) return { zh: BODY_NAMES[low.body].zh, en: `the ${BODY_NAMES[low.body].en}` };
  return { zh: `${BODY_NAMES[low.body].zh}至${BODY_NAMES[high.body].zh}`, en: `the ${BODY_NAMES[low.body].en} up to the ${BODY_NAMES[high.body].en}` };
}

function tierNote(tier: TierRef): Bilingual {
  return { zh: `第${tier.article}条：${tier.name.zh}`, en: `Art. ${tier.article}: ${tier.name.en}` };
}

function statedNote(stated: StatedApproval | null): Bilingual {
  if (!stated) return { zh: '文件未载明审议情况', en: 'The filing states no approval' };
  const body = BODY_NAMES[stated.body];
  return stated.pending
    ? { zh: `文件称已提交${body.zh}审议（待审议：“${stated.evidence}”）`, en: `The filing puts it to the ${body.en} (pending: “${stated.evidence}”)` }
    : { zh: `文件称经${body.zh}审议通过（“${stated.evidence}”）`, en: `The filing says the ${body.en} approved it (“${stated.evidence}”)` };
}

function counterpartyNote(counterparty: CounterpartyType | null): Bilingual {
  if (counterparty === 'natural') return { zh: '交易对方为关联自然人', en: 'The counterparty is a related natural person' };
  if (counterparty === 'legal') return { zh: '交易对方为关联法人', en: 'The counterparty is a related legal person' };
  return { zh: '交易对方类型不明，按自然人与法人分别判断', en: 'Counterparty type unknown: evaluated as both a natural and a legal person' };
}

function joinNotes(notes: readonly Bilingual[]): Bilingual {
  return { zh: notes.map((n) => n.zh).join('；'), en: notes.map((n) => n.en).join('; ') };
}

type Verdict = { status: CheckResult['status']; why: Bilingual | null };

function verdict(requirement: Requirement, stated: StatedApproval | null, counterparty: CounterpartyType | null): Verdict {
  if (!stated) return { status: 'cannot_evaluate', why: null };
  if (rank(stated.body) >= rank(requirement.high.body)) return { status: 'pass', why: null };
  if (rank(stated.body) < rank(requirement.low.body)) return { status: 'fail', why: { zh: '文件所载审议机构低于所需', en: 'The body the filing names is below the one required' } };
  if (requirement.needsTotalAssets) {
    return { status: 'cannot_evaluate', why: { zh: '须知最近一期经审计总资产方可判断', en: 'The latest audited total assets are needed to decide' } };
  }
  return {
    status: 'cannot_evaluate',
    why: counterparty === null ? { zh: '所需机构取决于交易对方类型', en: 'The body required depends on the counterparty type' } : null,
  };
}

function policyResult(ruleSet: PolicyRuleSet, announced: Announced, yuan: Decimal, context: { stated: StatedApproval | null; totalAssets: Decimal | null }): CheckResult {
  const counterparty = announced.total ? null : counterpartyOf(announced.words);
  const guarantee = GUARANTEE.test(announced.words);
  const requirement = requirementForEither(ruleSet, { yuan, guarantee, totalAssets: context.totalAssets }, counterparty);
  const { status, why } = verdict(requirement, context.stated, counterparty);
  const bodies = bodyRange(requirement);
  const amount = `${formatDecimal(announced.figure.value)}${announced.figure.unit ?? ''}`;
  const tiers = requirement.low === requirement.high ? [tierNote(requirement.low)] : [tierNote(requirement.low), tierNote(requirement.high)];
  return {
    key: `policy:approval:${ruleSet.id}:${announced.figure.id}`,
    family: 'policy',
    rule: 'policy.approval',
    description: {
      zh: `关联交易「${announced.label}」${amount}须经${bodies.zh}审议`,
      en: `Related-party amount ${announced.label} of ${amount} needs approval by ${bodies.en}`,
    },
    figureIds: [announced.figure.id],
    expected: null,
    actual: announced.figure.value,
    difference: null,
    tolerance: null,
    status,
    reason: joinNotes([...tiers, counterpartyNote(counterparty), statedNote(context.stated), ...(why ? [why] : [])]),
  };
}

/** Total assets as given ("123456789.00", thousands separators allowed); anything else counts as unknown. */
function parseYuan(text: string | undefined): Decimal | null {
  const compact = text?.replace(/[,，\s]/gu, '') ?? '';
  return /^\d+(?:\.\d+)?$/u.test(compact) ? toDecimal(compact) : null;
}

/** Which body each announced related-party amount needs under `ruleSet`, and whether the filing says it has it. */
export function policyChecks(filing: FilingFigures, views: readonly TableView[], ruleSet: PolicyRuleSet, context: PolicyContext): CheckResult[] {
  const stated = statedApproval(filingWords(filing, context));
  const totalAssets = parseYuan(context.latestAuditedTotalAssets);
  return announcedAmounts(filing, views).map((announced) => {
    const unit = measureUnitOf(announced.figure);
    const yuan = toDecimal(announced.figure.value).times(unit.scale);
    return policyResult(ruleSet, announced, yuan, { stated, totalAssets });
  });
}

/**
 * Example approval rule sets, read by hand from the policies filed.
 *
 * POLICY_SEED_002: 麦塔云科 (839922) 《关联交易管理制度》, as revised by the board on
 * 2025-12-01 (seed 002), chapter 六 "关联交易的审议程序" and Art. 26.3.
 *
 * Reading notes:
 * - Art. 17.1 sends to the chairman what is *below* 50万元 (natural) / 300万元 (legal),
 *   Art. 17.2 to the board what is *above*; an amount exactly at the threshold falls in
 *   neither, and Art. 18 says to apply the stricter reading, so the board tiers are inclusive.
 * - Art. 17.2 gives the board "0.5% to 5%" of total assets; above 5% without the 3000万元 of
 *   Art. 17.3 no tier names the meeting, so the board tier has no upper bound here and the
 *   meeting tiers take precedence when they hold.
 * - Art. 17.3 ("单笔 … 高于3000万元，且占 … 5%以上") and Art. 26.3 ("5%以上且超过3000万元，
 *   或者 … 30%以上 … 应当提交股东会审议") both send an amount to the meeting; "以上" is
 *   read as inclusive, "高于/超过" as strict.
 * - Art. 17.4: a guarantee for a related party goes to the meeting whatever its size.
 */
import type { PolicyRuleSet } from './policy';

/** Thresholds in 元. */
const WAN_50 = '500000';
const WAN_300 = '3000000';
const WAN_3000 = '30000000';

export const POLICY_SEED_002: PolicyRuleSet = {
  id: 'seed-002',
  name: { zh: '麦塔云科关联交易管理制度（2025年修订）审批权限', en: 'Maitayunke related-party policy (2025 revision): approval tiers' },
  // Art. 17.1
  baseline: {
    article: '17.1',
    body: 'chairman',
    name: {
      zh: '与关联自然人低于50万元、与关联法人低于300万元或低于最近审计总资产0.5%，由董事长审批',
      en: 'Below 500,000 元 with a natural person, or below 3,000,000 元 or 0.5% of audited total assets with a legal person: the chairman',
    },
  },
  tiers: [
    // Art. 17.2, natural persons
    {
      article: '17.2',
      body: 'board',
      name: { zh: '与关联自然人交易总额高于50万元，由董事会审批', en: 'Above 500,000 元 with a related natural person: the board' },
      when: {
        kind: 'all',
        of: [
          { kind: 'counterparty', is: 'natural' },
          { kind: 'amount', yuan: WAN_50, inclusive: true },
        ],
      },
    },
    // Art. 17.2, legal persons
    {
      article: '17.2',
      body: 'board',
      name: {
        zh: '与关联法人交易总额高于300万元且占最近审计总资产0.5%以上，由董事会审批',
        en: 'Above 3,000,000 元 and at least 0.5% of audited total assets with a related legal person: the board',
      },
      when: {
        kind: 'all',
        of: [
          { kind: 'counterparty', is: 'legal' },
          { kind: 'amount', yuan: WAN_300, inclusive: true },
          { kind: 'share_of_total_assets', percent: '0.5', inclusive: true },
        ],
      },
    },
    // Art. 17.3 (and the first half of Art. 26.3)
    {
      article: '17.3',
      body: 'shareholders_meeting',
      name: {
        zh: '单笔金额高于3000万元且占最近经审计总资产5%以上，由股东会审批',
        en: 'A single amount above 30,000,000 元 and at least 5% of audited total assets: the shareholders’ meeting',
      },
      when: {
        kind: 'all',
        of: [
          { kind: 'amount', yuan: WAN_3000, inclusive: false },
          { kind: 'share_of_total_assets', percent: '5', inclusive: true },
        ],
      },
    },
    // Art. 26.3, second half
    {
      article: '26.3',
      body: 'shareholders_meeting',
      name: { zh: '占最近一期经审计总资产30%以上，提交股东会审议', en: 'At least 30% of the latest audited total assets: the shareholders’ meeting' },
      when: { kind: 'share_of_total_assets', percent: '30', inclusive: true },
    },
    // Art. 17.4
    {
      article: '17.4',
      body: 'shareholders_meeting',
      name: { zh: '为关联方提供担保，不论数额大小，董事会审议后提交股东会审议', en: 'A guarantee for a related party, of any size: the board, then the shareholders’ meeting' },
      when: { kind: 'guarantee' },
    },
  ],
};

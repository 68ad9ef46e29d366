import { describe, expect, it } from 'vitest';
import { classifyDocument, codeFromFileName, detectMetadata, findDisclosureDate, findReportPeriod } from '../../shared/domain/metadata';

describe('detectMetadata', () => {
  it('reads a NEEQ announcement header', () => {
    const meta = detectMetadata(
      ['证券代码:834045 证券简称:清众科技 主办券商:山西证券', '山西清众科技股份有限公司', '关于预计 2026 年日常性关联交易的公告', '本公司及董事会全体成员保证公告内容的真实'],
      ['山西清众科技股份有限公司', '董事会', '2025 年 12 月 10 日'],
    );
    expect(meta).toMatchObject({
      securityCode: '834045',
      shortName: '清众科技',
      company: '山西清众科技股份有限公司',
      title: '关于预计2026年日常性关联交易的公告',
      documentType: 'related_party_announcement',
      reportPeriod: '2026-FY',
      disclosureDate: '2025-12-10',
    });
  });

  it('reads a STAR half-year report whose code and short name run together', () => {
    const meta = detectMetadata(['公司代码:688316公司简称:青云科技', '北京青云科技集团股份有限公司', '2025年半年度报告'], []);
    expect(meta).toMatchObject({ securityCode: '688316', shortName: '青云科技', company: '北京青云科技集团股份有限公司', documentType: 'half_year_report', reportPeriod: '2025-H1' });
  });

  it('falls back to the exchange file name when the pages never print the code', () => {
    const meta = detectMetadata(['浙江京新药业股份有限公司 2018 年第一季度报告全文'], [], '002020_京新药业_2018年第一季度报告全文.pdf');
    expect(meta).toMatchObject({ securityCode: '002020', shortName: '京新药业', documentType: 'quarterly_report', reportPeriod: '2018-Q1' });
  });

  it('prefers the printed code over the file name', () => {
    expect(detectMetadata(['证券代码:600000 证券简称:浦发银行'], [], '002020_京新药业_x.pdf')).toMatchObject({ securityCode: '600000', shortName: '浦发银行' });
  });

  it('leaves unknown fields null instead of guessing', () => {
    expect(detectMetadata([], [], 'scan.pdf')).toEqual({
      securityCode: null, shortName: null, company: null, title: null, documentType: 'other', reportPeriod: null, disclosureDate: null,
    });
  });
});

describe('classifyDocument', () => {
  it.each([
    ['关于上海证券交易所《关于北京青云科技集团股份有限公司2024年年度报告的信息披露监管问询函》的回复公告', 'inquiry_reply'],
    ['关于宏景科技股份有限公司申请向特定对象发行股票审核问询函的回复报告', 'inquiry_reply'],
    ['福建麦塔云数字科技股份有限公司关联交易管理制度', 'policy'],
    ['2025年半年度报告', 'half_year_report'],
    ['2018年第一季度报告全文', 'quarterly_report'],
    ['2024年年度报告摘要', 'annual_report'],
    ['关于2018年度日常关联交易预计的公告', 'related_party_announcement'],
    ['关于召开股东大会的通知', 'other'],
  ] as const)('%s → %s', (title, type) => {
    expect(classifyDocument(title)).toBe(type);
  });
});

describe('report period and disclosure date', () => {
  it.each([
    ['2025 年半年度报告', '2025-H1'],
    ['2018年第三季度报告', '2018-Q3'],
    ['关于2017年年报问询函的回复公告', '2017-FY'],
    ['没有期间', null],
  ])('%s → %s', (text, period) => expect(findReportPeriod(text)).toBe(period));

  it('reads Arabic and Chinese-numeral dates, the last on the page winning', () => {
    expect(findDisclosureDate(['2018年1月1日 发生', '董事会', '2018 年 4 月 24 日'])).toBe('2018-04-24');
    expect(findDisclosureDate(['董事会', '二O一八年五月三十日'])).toBe('2018-05-30');
    expect(findDisclosureDate(['二〇二五年十二月一日'])).toBe('2025-12-01');
    expect(findDisclosureDate(['2025年13月40日'])).toBeNull();
  });
});

describe('codeFromFileName', () => {
  it('reads code and short name, and nothing from other names', () => {
    expect(codeFromFileName('603598_引力传媒_2025年半年度报告.pdf')).toEqual({ securityCode: '603598', shortName: '引力传媒' });
    expect(codeFromFileName('seed-000.pdf')).toEqual({ securityCode: null, shortName: null });
  });
});

import { describe, expect, it } from 'vitest';
import { buildLines, normalizeText } from '../../shared/domain/text-lines';

describe('text lines', () => {
  it('normalises Kangxi radicals and full-width forms (NFKC)', () => {
    expect(normalizeText('⽇⼀：１２３')).toBe('日一:123');
  });

  it('maps CJK Radicals Supplement look-alikes to their ideographs (⻘ → 青)', () => {
    expect(normalizeText('⻘云科技 ⻛险 ⻩')).toBe('青云科技 风险 黄');
    expect(normalizeText('客⼾')).toBe('客户');
  });

  it('groups runs into lines top to bottom, left to right, with spaces at gaps', () => {
    const lines = buildLines([
      { text: '代码', x: 100, y: 700, width: 20, height: 10 },
      { text: '证券', x: 80, y: 700.5, width: 20, height: 10 },
      { text: '清众科技', x: 200, y: 700, width: 40, height: 10 },
      { text: '第二行', x: 80, y: 680, width: 30, height: 10 },
      { text: '  ', x: 10, y: 600, width: 5, height: 10 },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['证券代码 清众科技', '第二行']);
  });
});

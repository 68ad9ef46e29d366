import { describe, expect, it } from 'vitest';
import { streamNumber, textItemsFromOperators, type TextFont } from '../../electron/core/extract/operator-text';
import { OPS } from '../../electron/core/extract/pdf-operators';

const song: TextFont = { name: 'SimSun', vertical: false, ascent: 0.86, descent: -0.14, fontMatrix: [0.001, 0, 0, 0.001, 0, 0], isType3Font: false, bbox: null };
const glyph = (unicode: string, width = 1000) => ({ originalCharCode: unicode.charCodeAt(0), unicode, width });
const page = [0, 0, 595, 842];

/** One BT…ET at (x, 700) in a 10 pt font, showing `shown` (glyphs and TJ spacing numbers). */
function show(...shown: (ReturnType<typeof glyph> | number)[]) {
  const fnArray = [OPS.beginText, OPS.setFont, OPS.moveText, OPS.showText, OPS.endText];
  const argsArray = [null, ['f1', 10], [100, 700], [shown], null];
  return textItemsFromOperators(fnArray, argsArray, () => song, page);
}

describe('streamNumber', () => {
  it('recovers the decimal a content stream printed from its float32 copy', () => {
    expect(streamNumber(Math.fround(538.68))).toBe(538.68);
    expect(streamNumber(Math.fround(0.1))).toBe(0.1);
    expect(streamNumber(Math.fround(-12.5))).toBe(-12.5);
    expect(streamNumber(42)).toBe(42);
  });
});

describe('textItemsFromOperators', () => {
  it('builds one item per run of glyphs, in user space, sized by the font', () => {
    const [item, ...rest] = show(glyph('营'), glyph('业'), glyph('收'), glyph('入'));
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ str: '营业收入', fontName: 'f1', width: 40, height: 10 });
    expect(item!.transform).toEqual([10, 0, 0, 10, 100, 700]);
  });

  it('puts a space for a word-sized TJ gap and ends the item at a column-sized one', () => {
    const items = show(glyph('A', 500), -300, glyph('B', 500), -3000, glyph('C', 500));
    expect(items.map((i) => i.str)).toEqual(['A B', 'C']);
    expect(items[1]!.transform[4]).toBeCloseTo(100 + 5 + 3 + 5 + 30, 6);
  });

  it('leaves out glyphs off the page and items of white space only', () => {
    const fnArray = [OPS.beginText, OPS.setFont, OPS.moveText, OPS.showText, OPS.moveText, OPS.showText, OPS.endText];
    const argsArray = [null, ['f1', 10], [-500, 700], [[glyph('X')]], [600, 0], [[glyph(' ', 250)]], null];
    expect(textItemsFromOperators(fnArray, argsArray, () => song, page)).toEqual([]);
  });

  it('reads a form XObject with its matrix, and vertical text downwards', () => {
    const vertical: TextFont = { ...song, vertical: true };
    const fnArray = [OPS.paintFormXObjectBegin, OPS.beginText, OPS.setFont, OPS.moveText, OPS.showText, OPS.endText, OPS.paintFormXObjectEnd];
    const argsArray = [[new Float32Array([1, 0, 0, 1, 50, 0]), null], null, ['v1', 10], [100, 700], [[{ ...glyph('竖'), vmetric: [-1000, 500, 880] }, { ...glyph('排'), vmetric: [-1000, 500, 880] }]], null, null];
    const [item] = textItemsFromOperators(fnArray, argsArray, () => vertical, page);
    expect(item).toMatchObject({ str: '竖排', height: 20 });
    expect(item!.transform[4]).toBe(150);
  });
});

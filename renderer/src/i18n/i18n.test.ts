import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf as a dotted path, with its value. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') {
      for (const [leafPath, leafValue] of leaves(value, path)) out.set(leafPath, leafValue);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const locales: Record<string, Tree> = { 'zh-CN': zhCN, en };

describe('locale files', () => {
  it('have exactly the same keys', () => {
    const zhKeys = [...leaves(zhCN).keys()].sort();
    const enKeys = [...leaves(en).keys()].sort();
    expect(enKeys).toEqual(zhKeys);
    expect(zhKeys.length).toBeGreaterThan(0);
  });

  for (const [name, tree] of Object.entries(locales)) {
    it(`${name} has no empty or non-string values`, () => {
      const bad = [...leaves(tree)].filter(
        ([, value]) => typeof value !== 'string' || value.trim() === '',
      );
      expect(bad).toEqual([]);
    });
  }

  it('use the same interpolation variables for each key', () => {
    const variables = (text: unknown) =>
      [...String(text).matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();
    const enLeaves = leaves(en);
    const mismatched = [...leaves(zhCN)].filter(
      ([key, value]) =>
        JSON.stringify(variables(value)) !== JSON.stringify(variables(enLeaves.get(key))),
    );
    expect(mismatched).toEqual([]);
  });
});

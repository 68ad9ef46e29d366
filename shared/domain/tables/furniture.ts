/**
 * Page furniture: running headers and footers ("引力传媒股份有限公司2025年半年度报告"),
 * page numbers ("36 / 161", "- 5 -", "第 3 页 共 9 页"). Stitching looks past it when
 * it decides whether anything separates a table's end from its continuation.
 */
import type { PageGeometry, PositionedText } from '../extraction/types';
import { joinLine, readingLines } from './cell-text';

/** Share of the page height at the top and at the bottom where running headers and footers live. */
const MARGIN_SHARE = 0.12;
/** A margin line is a running header/footer when it repeats (digits aside) on this share of pages. */
const REPEAT_SHARE = 0.3;
const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d+\s*(?:页)?\s*(?:(?:[/／]|of|共)\s*\d+\s*(?:页)?)?[-—–\s]*$/iu;

export type FurnitureTest = (run: PositionedText) => boolean;

function marginLines(page: PageGeometry): PositionedText[][] {
  const top = page.height * MARGIN_SHARE;
  const bottom = page.height * (1 - MARGIN_SHARE);
  const inMargin = page.runs.filter((r) => r.box.y1 <= top || r.box.y0 >= bottom);
  return readingLines(inMargin);
}

function lineKey(line: readonly PositionedText[]): string {
  return joinLine(line).replace(/\s+/gu, '').replace(/\d+/gu, '#');
}

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** Which runs of these pages are furniture. */
export function findFurniture(pages: readonly PageGeometry[]): FurnitureTest {
  const linesByPage = pages.map(marginLines);
  const pagesWithKey = new Map<string, number>();
  for (const lines of linesByPage) {
    for (const key of new Set(lines.map(lineKey))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const minRepeats = Math.max(2, Math.ceil(pages.length * REPEAT_SHARE));
  const furniture = new WeakSet<PositionedText>();
  for (const lines of linesByPage) {
    for (const line of lines) {
      const repeated = (pagesWithKey.get(lineKey(line)) ?? 0) >= minRepeats;
      if (repeated || isPageNumber(joinLine(line))) for (const run of line) furniture.add(run);
    }
  }
  return (run) => furniture.has(run);
}

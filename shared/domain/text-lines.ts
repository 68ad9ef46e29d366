/**
 * Reading-order lines from positioned text runs (pdf.js text items), NFKC-normalised
 * so that the Kangxi radicals some PDF fonts map CJK glyphs to (⽇ for 日, ⼀ for 一)
 * and full-width digits and colons read as the characters they show.
 */
import { RADICAL_SUPPLEMENT_PAIRS } from './cjk-radicals';

export interface TextRun {
  text: string;
  /** Left edge and baseline in PDF user space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextLine {
  text: string;
  x: number;
  y: number;
}

const RADICAL_TO_UNIFIED: ReadonlyMap<string, string> = (() => {
  const chars = [...RADICAL_SUPPLEMENT_PAIRS];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
})();

const RADICAL_SUPPLEMENT = /[\u2E80-\u2EFF]/gu;

/**
 * Kangxi radicals whose NFKC form is the traditional character while simplified-Chinese
 * fonts draw the simplified one: ⼾ (U+2F3E) folds to 戶, but the filing printed 户.
 */
const SIMPLIFIED_BEFORE_NFKC = /\u2F3E/gu;

/** NFKC folds the Kangxi radicals; the CJK Radicals Supplement needs Unicode's equivalence table. */
export function normalizeText(text: string): string {
  return text
    .replace(SIMPLIFIED_BEFORE_NFKC, '户')
    .normalize('NFKC')
    .replace(RADICAL_SUPPLEMENT, (c) => RADICAL_TO_UNIFIED.get(c) ?? c);
}

/**
 * Group runs whose baselines lie within half a glyph height of each other into one
 * line, order lines top to bottom and runs left to right, and put a space where runs
 * are separated by a visible gap.
 */
export function buildLines(runs: readonly TextRun[]): TextLine[] {
  const visible = runs.filter((r) => r.text.trim() !== '');
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const current = groups[groups.length - 1];
    const anchor = current?.[0];
    const tolerance = Math.max(1, Math.min(run.height || 10, anchor?.height || 10) * 0.5);
    if (current && anchor && Math.abs(anchor.y - run.y) <= tolerance) current.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    const ordered = group.sort((a, b) => a.x - b.x);
    let text = '';
    let previousEnd: number | undefined;
    for (const run of ordered) {
      const gap = previousEnd === undefined ? 0 : run.x - previousEnd;
      if (previousEnd !== undefined && gap > Math.max(2, run.height * 0.6)) text += ' ';
      text += run.text;
      previousEnd = run.x + run.width;
    }
    const first = ordered[0]!;
    return { text: normalizeText(text).replace(/\s+/g, ' ').trim(), x: first.x, y: first.y };
  });
}

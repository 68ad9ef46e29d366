/**
 * pdf.js merges text drawn close together on one line into one run, even across a
 * cell border ("公司选定的信息披露报纸名称《上海证券报》…" where the label and the value
 * sit in two cells). Such a run is split where the border crosses it. pdf.js gives no
 * per-glyph positions, so glyph advances are estimated: CJK and full-width characters
 * one em, others half an em, scaled to the run's real width.
 */
import type { PositionedText } from '../extraction/types';
import { isCjk } from './text-kinds';

function advance(ch: string): number {
  return isCjk(ch) ? 1 : 0.5;
}

/** The run cut at the character boundary nearest to x, or null when x falls at either end. */
export function splitRunAt(run: PositionedText, x: number): [PositionedText, PositionedText] | null {
  const chars = [...run.text];
  const total = chars.reduce((sum, ch) => sum + advance(ch), 0);
  if (chars.length < 2 || total === 0) return null;
  const scale = (run.box.x1 - run.box.x0) / total;
  let best = 0;
  let bestDistance = Infinity;
  let position = run.box.x0;
  for (let i = 0; i <= chars.length; i++) {
    const distance = Math.abs(position - x);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
    if (i < chars.length) position += advance(chars[i]!) * scale;
  }
  if (best === 0 || best === chars.length) return null;
  const cut = run.box.x0 + chars.slice(0, best).reduce((sum, ch) => sum + advance(ch), 0) * scale;
  const left = chars.slice(0, best).join('');
  const right = chars.slice(best).join('');
  if (left.trim() === '' || right.trim() === '') return null;
  return [
    { ...run, text: left.trimEnd(), box: { ...run.box, x1: cut } },
    { ...run, text: right.trimStart(), box: { ...run.box, x0: cut } },
  ];
}

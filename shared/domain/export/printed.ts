/**
 * A narrative figure's text as printed. Extraction keeps the sentence around the number
 * (`context`) but not the paragraph its span offsets point into, so the printed number is
 * found again in the context: the substring of the span's length that reads as the value,
 * nearest where the span should sit (the context ends 40 characters after it, unless the
 * paragraph ended first).
 */
import { parseNumber } from '../numbers';

const CONTEXT_AFTER = 40;

export function printedInContext(context: string | null, spanLength: number, value: string): string | null {
  if (!context || spanLength <= 0 || spanLength > context.length) return null;
  const expectedAt = context.length - CONTEXT_AFTER - spanLength;
  let best: { at: number; distance: number } | null = null;
  for (let at = 0; at + spanLength <= context.length; at++) {
    const candidate = context.slice(at, at + spanLength);
    const parsed = parseNumber(candidate);
    if (parsed.kind !== 'number' || parsed.value !== value) continue;
    const distance = Math.abs(at - expectedAt);
    if (!best || distance < best.distance) best = { at, distance };
  }
  return best ? context.slice(best.at, best.at + spanLength) : null;
}

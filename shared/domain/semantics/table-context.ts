/**
 * What the lines printed just above a table say about it: its title, its unit caption,
 * and whether it continues an earlier table (续表).
 */
import { parseUnitCaption, type UnitInfo } from '../units';

export interface TableContext {
  title: string | null;
  unit: UnitInfo | null;
  continued: boolean;
}

/** Lines that sit between a title and its table without being either. */
const NOT_A_TITLE = /^(?:[□√☑■☐✓]|适用|不适用|单位|币种|金额单位|编制单位|续表|\(续\)|（续）|[-—\s]*\d+[-—\s]*$|\d+\s*\/\s*\d+$)/u;
const MARKERS = /[□√☑■☐✓]\s*(?:适用|不适用)/gu;
/** "2025年6月30日", "2025年1—6月", "2024年度": the date line under a statement's title. */
const DATE_LINE = /^\d{4}\s*年(?:度|(?:\s*\d{1,2}\s*[—\-–~至])?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:\s*[—\-–~至]\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)?$/u;
const MAX_TITLE_CHARS = 48;

function cleanTitle(line: string): string {
  return line
    .replace(/编制单位[:：].*$/u, '')
    .replace(/单位[:：].*$/u, '')
    .replace(MARKERS, '')
    .replace(/^\s*(?:[(（]?[一二三四五六七八九十]+[)）、.]|\d+[、.．)）]|[(（]\d+[)）])\s*/u, '')
    .replace(/[:：]\s*$/u, '')
    .trim();
}

/**
 * Read the context from the lines above a table, nearest first. The title is the nearest
 * short line that is not a unit caption, an 适用/不适用 marker or a page number.
 */
export function readTableContext(linesAboveNearestFirst: readonly string[]): TableContext {
  let unit: UnitInfo | null = null;
  let title: string | null = null;
  let continued = false;
  for (const raw of linesAboveNearestFirst.slice(0, 4)) {
    const line = raw.trim();
    if (line === '') continue;
    if (/续表|[(（]续[)）]/u.test(line)) continued = true;
    unit ??= parseUnitCaption(line);
    if (title !== null) continue;
    const cleaned = cleanTitle(line);
    if (cleaned === '' || DATE_LINE.test(cleaned) || NOT_A_TITLE.test(line.replace(MARKERS, '').trim() || '□')) continue;
    if ([...cleaned].length > MAX_TITLE_CHARS || /[。；;]$/u.test(cleaned)) break; // a paragraph: no title above it
    title = cleaned;
  }
  return { title, unit, continued };
}

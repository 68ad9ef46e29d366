/**
 * Names for what an export writes: a filing's file base name (code, short name, the start of
 * its sha256), Excel sheet names (31 characters, no []:*?/\, unique), and the number format
 * that shows a decimal with its printed precision.
 */
import type { DocumentSummary } from '../../api/contract';
import { precisionOf } from '../numbers';

// Control characters are unsafe too; built from a string so the pattern itself stays printable.
const UNSAFE_FILE_CHARS = new RegExp(`[\\\\/:*?"<>|${String.fromCharCode(0)}-${String.fromCharCode(31)}]+`, 'g');

/** "688316_青云科技_3f9a2b1c": readable, unique (the sha256 prefix), safe on every file system. */
export function filingBaseName(filing: Pick<DocumentSummary, 'securityCode' | 'shortName' | 'sha256'>): string {
  const parts = [filing.securityCode, filing.shortName, filing.sha256.slice(0, 8)].filter((p): p is string => Boolean(p && p.trim()));
  return parts.map((p) => p.trim().replace(UNSAFE_FILE_CHARS, '_').replace(/\s+/g, '_')).join('_');
}

const SHEET_NAME_MAX = 31;

/** A sheet name Excel accepts, made unique against `taken` (which it joins). */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = [...base].slice(0, SHEET_NAME_MAX - suffix.length).join('') + suffix;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** '#,##0.00' for a value printed with two decimals, '#,##0' for none. */
export function numberFormatFor(decimal: string): string {
  const places = precisionOf(decimal);
  return places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
}

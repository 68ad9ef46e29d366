/**
 * Extracted values are exact decimals carried as strings (never floats). These format
 * them for display without converting to a number, so 12345678901234.56 stays exact.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Groups the integer part in threes ("-1234567.5" → "-1,234,567.5"); other text is returned as is. */
export function formatDecimal(value: string, separator = ','): string {
  const match = DECIMAL.exec(value.trim());
  if (!match) return value;
  const [, sign = '', integer = '', fraction] = match;
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** Pads or keeps the fraction to the printed precision ("1.5", 2 → "1.50"). */
export function withPrecision(value: string, precision: number | null): string {
  const match = DECIMAL.exec(value.trim());
  if (!match || precision === null || precision < 0) return value;
  const [, sign = '', integer = '', fraction = ''] = match;
  if (fraction.length >= precision) return value;
  const padded = fraction.padEnd(precision, '0');
  return `${sign}${integer}${padded ? `.${padded}` : ''}`;
}

/** A table's or figure's scale factor for display: "10000" → "10,000"; none or "1" → null. */
export function formatScale(scale: string | null): string | null {
  if (scale === null || scale.trim() === '') return null;
  return formatDecimal(scale);
}

import { describe, expect, it } from 'vitest';
import { formatDecimal, formatScale, withPrecision } from './formatValue';

describe('formatDecimal', () => {
  it('groups the integer part and keeps the fraction exactly', () => {
    expect(formatDecimal('129793280.55')).toBe('129,793,280.55');
    expect(formatDecimal('-1155142679.61')).toBe('-1,155,142,679.61');
    expect(formatDecimal('12345678901234567890.123456')).toBe('12,345,678,901,234,567,890.123456');
    expect(formatDecimal('999')).toBe('999');
    expect(formatDecimal('0.5')).toBe('0.5');
  });
  it('leaves anything that is not a plain decimal alone', () => {
    expect(formatDecimal('1e5')).toBe('1e5');
    expect(formatDecimal('')).toBe('');
  });
});

describe('withPrecision', () => {
  it('pads to the printed number of decimals', () => {
    expect(withPrecision('1.5', 2)).toBe('1.50');
    expect(withPrecision('100', 2)).toBe('100.00');
    expect(withPrecision('-3', 0)).toBe('-3');
    expect(withPrecision('1.234', 2)).toBe('1.234');
    expect(withPrecision('7', null)).toBe('7');
  });
});

describe('formatScale', () => {
  it('shows a scale factor grouped, or nothing', () => {
    expect(formatScale('10000')).toBe('10,000');
    expect(formatScale('1')).toBe('1');
    expect(formatScale(null)).toBeNull();
  });
});

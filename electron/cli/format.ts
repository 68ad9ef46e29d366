/** Plain-text tables for the terminal, aligned by display width (a CJK character takes two columns). */
import stringWidth from 'string-width';

function pad(text: string, width: number, alignRight: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return alignRight ? fill + text : text + fill;
}

export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string {
  const widths = headers.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => pad(cell, widths[i]!, rightAligned.includes(i))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function renderFields(fields: readonly (readonly [string, string])[]): string {
  const width = Math.max(...fields.map(([k]) => stringWidth(k)));
  return fields.map(([k, v]) => `${pad(k, width, false)}  ${v}`).join('\n');
}

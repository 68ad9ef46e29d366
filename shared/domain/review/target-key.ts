/**
 * Stable names for what reviewers correct and annotate. Row ids change when a filing is
 * re-extracted; a table's sequence number and a cell's row and column, or a text figure's
 * page and character offset, do not (extraction is deterministic).
 */
export function cellTargetKey(tableSeq: number, row: number, col: number): string {
  return `t${tableSeq}/r${row}/c${col}`;
}

export function textTargetKey(page: number, spanStart: number): string {
  return `p${page}/s${spanStart}`;
}

export type ParsedTargetKey = { kind: 'cell'; tableSeq: number; row: number; col: number } | { kind: 'text'; page: number; spanStart: number };

export function parseTargetKey(key: string): ParsedTargetKey | null {
  const cell = /^t(\d+)\/r(\d+)\/c(\d+)$/.exec(key);
  if (cell) return { kind: 'cell', tableSeq: Number(cell[1]), row: Number(cell[2]), col: Number(cell[3]) };
  const text = /^p(\d+)\/s(\d+)$/.exec(key);
  if (text) return { kind: 'text', page: Number(text[1]), spanStart: Number(text[2]) };
  return null;
}

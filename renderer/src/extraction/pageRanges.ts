/** Page lists as a reader writes them: 1–4, 7, 9–10. */

export type PageRange = { start: number; end: number };

/** Groups page numbers (any order, duplicates allowed) into runs of consecutive pages. */
export function pageRanges(pages: readonly number[]): PageRange[] {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const ranges: PageRange[] = [];
  for (const page of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && page === last.end + 1) last.end = page;
    else ranges.push({ start: page, end: page });
  }
  return ranges;
}

/** The runs joined by `separator` (translated: "、" in Chinese, ", " in English). */
export function formatPageRanges(pages: readonly number[], separator: string): string {
  return pageRanges(pages)
    .map(({ start, end }) => (start === end ? String(start) : `${start}–${end}`))
    .join(separator);
}

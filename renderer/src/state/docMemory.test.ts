import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED, recallView, trimViews, useDocMemory, type RememberedView } from './docMemory';

const view = (at: number): RememberedView => ({ page: 1, zoom: 'fit-width', tab: 'tables', tableId: null, selection: null, at });

describe('remembered views', () => {
  it('keeps the most recently written filings', () => {
    const views = { a: view(1), b: view(5), c: view(3) };
    expect(Object.keys(trimViews(views, 2)).sort()).toEqual(['b', 'c']);
    expect(trimViews(views, 3)).toBe(views);
  });

  it('merges what each move writes into the filing\'s view, with defaults for the rest', () => {
    const { remember } = useDocMemory.getState();
    remember(7, { page: 60 });
    remember(7, { tab: 'figures', zoom: 1.5 });
    expect(recallView(7)).toMatchObject({ page: 60, tab: 'figures', zoom: 1.5, tableId: null, selection: null });
    expect(recallView(8)).toBeNull();
  });

  it('never holds more than the limit', () => {
    const { remember } = useDocMemory.getState();
    for (let id = 1; id <= MAX_REMEMBERED + 5; id++) remember(1000 + id, { page: id });
    const views = useDocMemory.getState().views;
    expect(Object.keys(views).length).toBe(MAX_REMEMBERED);
    expect(recallView(1000 + MAX_REMEMBERED + 5)?.page).toBe(MAX_REMEMBERED + 5);
    expect(recallView(1001)).toBeNull();
  });
});

/**
 * Which view shows is kept in the URL hash (#/filing/<id>), so the browser's Back
 * button in web mode returns to the library instead of leaving the app.
 */
import { useFiling, type OpenTarget } from './filing';

const FILING_HASH = /^#\/filing\/(\d+)$/;
/** Marks history entries this app pushed, so "back to library" can pop them. */
const PUSHED_BY_APP = 'gouji-filing';

/** A place to land in the next filing opened (a search hit), consumed by the sync below. */
let pendingTarget: { id: number; target: OpenTarget } | null = null;

export function openFiling(id: number, target?: OpenTarget): void {
  pendingTarget = target ? { id, target } : null;
  window.history.pushState(PUSHED_BY_APP, '', `#/filing/${id}`);
  syncViewFromLocation();
}

export function showLibrary(): void {
  if (window.history.state === PUSHED_BY_APP) {
    window.history.back(); // popstate syncs the view
    return;
  }
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  syncViewFromLocation();
}

/** Applies the current hash to the stores: at start, on popstate and on hashchange. */
export function syncViewFromLocation(): void {
  const match = FILING_HASH.exec(window.location.hash);
  const id = match?.[1] ? Number(match[1]) : null;
  const target = pendingTarget && pendingTarget.id === id ? pendingTarget.target : undefined;
  pendingTarget = null;
  if (id !== null && id > 0) void useFiling.getState().open(id, target);
  else useFiling.getState().close();
}

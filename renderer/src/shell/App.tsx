import { lazy, Suspense, useEffect } from 'react';
import { SessionGate } from '../auth/SessionGate';
import { FilingView } from '../filing/FilingView';
import { preloadWorkspace } from '../workspace/Workspace';
import { DropOverlay } from '../import/DropOverlay';
import { ImportPanel } from '../import/ImportPanel';
import { LibraryView } from '../library/LibraryView';
import { syncQueueFromLocation, useQueueRoute } from '../queue/queueRoute';
import { setViewerPreload, useFiling } from '../state/filing';
import { useLibrary } from '../state/library';
import { syncViewFromLocation } from '../state/navigation';
import { resetOnUserChange } from './resetUserState';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';

/** The queue draws PDF snippets with pdf.js: loaded when a supervisor first opens it. */
const ApprovalQueueView = lazy(() => import('../queue/ApprovalQueueView').then((module) => ({ default: module.ApprovalQueueView })));

function syncFromLocation(): void {
  syncViewFromLocation();
  syncQueueFromLocation();
}

export function App() {
  useEffect(resetOnUserChange, []);
  return (
    <SessionGate>
      <Workbench />
    </SessionGate>
  );
}

/** The signed-in app: mounted after sign-in, so the library loads only then (and again for the next user). */
function Workbench() {
  const openId = useFiling((state) => state.openId);
  const queueOpen = useQueueRoute((state) => state.open);

  useEffect(() => {
    setViewerPreload(preloadWorkspace);
    void useLibrary.getState().load();
    syncFromLocation();
    // The library opens without pdf.js and the grids; fetch them while the reviewer looks around.
    const idle = window.setTimeout(() => void preloadWorkspace(), 1500);
    window.addEventListener('popstate', syncFromLocation);
    window.addEventListener('hashchange', syncFromLocation);
    return () => {
      window.clearTimeout(idle);
      window.removeEventListener('popstate', syncFromLocation);
      window.removeEventListener('hashchange', syncFromLocation);
    };
  }, []);

  return (
    <div className="app">
      <TopBar />
      <main className="app-main">
        {openId !== null ? (
          <FilingView key={openId} id={openId} />
        ) : queueOpen ? (
          <Suspense fallback={null}>
            <ApprovalQueueView />
          </Suspense>
        ) : (
          <LibraryView />
        )}
      </main>
      <ImportPanel />
      <StatusBar />
      <DropOverlay />
    </div>
  );
}

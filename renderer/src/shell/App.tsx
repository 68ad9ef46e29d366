import { useEffect } from 'react';
import { FilingView } from '../filing/FilingView';
import { preloadWorkspace } from '../workspace/Workspace';
import { DropOverlay } from '../import/DropOverlay';
import { ImportPanel } from '../import/ImportPanel';
import { LibraryView } from '../library/LibraryView';
import { setViewerPreload, useFiling } from '../state/filing';
import { useLibrary } from '../state/library';
import { syncViewFromLocation } from '../state/navigation';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';

export function App() {
  const openId = useFiling((state) => state.openId);

  useEffect(() => {
    setViewerPreload(preloadWorkspace);
    void useLibrary.getState().load();
    syncViewFromLocation();
    // The library opens without pdf.js and the grids; fetch them while the reviewer looks around.
    const idle = window.setTimeout(() => void preloadWorkspace(), 1500);
    window.addEventListener('popstate', syncViewFromLocation);
    window.addEventListener('hashchange', syncViewFromLocation);
    return () => {
      window.clearTimeout(idle);
      window.removeEventListener('popstate', syncViewFromLocation);
      window.removeEventListener('hashchange', syncViewFromLocation);
    };
  }, []);

  return (
    <div className="app">
      <TopBar />
      <main className="app-main">
        {openId === null ? <LibraryView /> : <FilingView key={openId} id={openId} />}
      </main>
      <ImportPanel />
      <StatusBar />
      <DropOverlay />
    </div>
  );
}

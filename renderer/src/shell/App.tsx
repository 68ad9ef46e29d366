import { useEffect } from 'react';
import { FilingView } from '../filing/FilingView';
import { DropOverlay } from '../import/DropOverlay';
import { ImportPanel } from '../import/ImportPanel';
import { LibraryView } from '../library/LibraryView';
import { useFiling } from '../state/filing';
import { useLibrary } from '../state/library';
import { syncViewFromLocation } from '../state/navigation';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';

export function App() {
  const openId = useFiling((state) => state.openId);

  useEffect(() => {
    void useLibrary.getState().load();
    syncViewFromLocation();
    window.addEventListener('popstate', syncViewFromLocation);
    window.addEventListener('hashchange', syncViewFromLocation);
    return () => {
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

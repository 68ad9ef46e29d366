import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/contract';
import { api, door } from '../api/door';
import { useLibrary } from '../state/library';

export function StatusBar() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const documentCount = useLibrary((state) => state.documents.length);
  const loaded = useLibrary((state) => state.loaded);
  const offline = useLibrary((state) => state.error?.code === 'NETWORK');

  useEffect(() => {
    let current = true;
    api.getAppInfo({}).then(
      (appInfo) => current && setInfo(appInfo),
      () => undefined, // the library view reports a dead service; the bar just stays terse
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <footer className="status-bar">
      <span className="status-item" title={t('door.label')}>
        <span className={`door-dot door-${door}`} aria-hidden="true" />
        <span data-testid="door">{t(`door.${door}`)}</span>
      </span>
      {offline && <span className="status-item status-warning">{t('status.offline')}</span>}
      {loaded && (
        <span className="status-item">{t('status.documents', { count: documentCount })}</span>
      )}
      <span className="status-spacer" />
      {info && (
        <>
          <span className="status-item status-path" title={info.storePath}>
            {t('status.store', { path: info.storePath })}
          </span>
          <span className="status-item">{t('status.version', { version: info.version })}</span>
        </>
      )}
    </footer>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../shell/Brand';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { StatusBar } from '../shell/StatusBar';

type Props = { title: string; lead?: string; testId?: string; children: ReactNode };

/** The window before anyone is signed in: the app's own bar, one card in the middle, the status bar. */
export function SessionFrame({ title, lead, testId, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <header className="top-bar">
        <Brand />
        <span className="top-bar-subtitle">{t('app.subtitle')}</span>
        <div className="top-bar-actions">
          <LanguageSwitch />
        </div>
      </header>
      <main className="app-main session-main">
        <section className="session-card" data-testid={testId} aria-labelledby="session-title">
          <h1 id="session-title" className="session-title">
            {title}
          </h1>
          {lead && <p className="session-lead">{lead}</p>}
          {children}
        </section>
        <p className="session-note">{t('auth.offlineNote')}</p>
      </main>
      <div />
      <StatusBar />
    </div>
  );
}

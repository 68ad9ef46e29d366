/**
 * The main window's options and the app-wide guards, kept apart from main.ts so a
 * test can assert them: isolated, sandboxed, no Node in the page, web security on,
 * no new windows, no navigation, no permissions, no remote content.
 */
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { APP_ORIGIN } from './ipc';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Gouji 勾稽',
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** Only our own app pages, devtools, and in-page blob:/data: resources may load. */
export function isAllowedRequestUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools:') || url.startsWith('blob:') || url.startsWith('data:');
}

export function lockDownWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}

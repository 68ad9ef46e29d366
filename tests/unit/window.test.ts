import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../electron/ipc';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/csp';
import type { Session, WebContents } from 'electron';
import { isAllowedRequestUrl, lockDownSession, lockDownWebContents, mainWindowOptions } from '../../electron/window';

describe('Electron window factory', () => {
  it('isolates and sandboxes the page, with no Node and web security on', () => {
    const prefs = mainWindowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('lets only the app scheme and in-page resources load: no network', () => {
    expect(isAllowedRequestUrl('gouji://app/index.html')).toBe(true);
    expect(isAllowedRequestUrl('blob:gouji://app/1')).toBe(true);
    expect(isAllowedRequestUrl('https://example.com/')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:5175/')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false);
  });

  it('trusts IPC only from the app page', () => {
    expect(isTrustedSender({ senderFrame: { url: 'gouji://app/index.html' } })).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'gouji://app.evil/index.html' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'https://evil.example/' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });

  it('has a CSP without unsafe-eval or remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/);
  });

  it('denies new windows and blocks navigation, redirects and webviews on every web contents', () => {
    const handlers = new Map<string, (event: { preventDefault: () => void }) => void>();
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler),
      on: (name: string, handler: (event: { preventDefault: () => void }) => void) => handlers.set(name, handler),
    };
    lockDownWebContents(contents as unknown as WebContents);
    expect(openHandler!()).toEqual({ action: 'deny' });
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      handlers.get(name)!({ preventDefault: () => (prevented = true) });
      expect(prevented, name).toBe(true);
    }
  });

  it('refuses every permission and cancels every request that is not the app', () => {
    let requestHandler: ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let beforeRequest: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      webRequest: { onBeforeRequest: (h: typeof beforeRequest) => (beforeRequest = h) },
    };
    lockDownSession(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      requestHandler!(null, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
    }
    expect(checkHandler!()).toBe(false);
    const cancelled = (url: string) => {
      let result: boolean | undefined;
      beforeRequest!({ url }, (r) => (result = r.cancel));
      return result;
    };
    expect(cancelled('https://example.com/track.js')).toBe(true);
    expect(cancelled('gouji://app/assets/index.js')).toBe(false);
  });
});

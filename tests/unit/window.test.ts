import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../electron/ipc';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/csp';
import { isAllowedRequestUrl, mainWindowOptions } from '../../electron/window';

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
});

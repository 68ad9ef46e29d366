/**
 * Electron's main process: opens the core on the app's userData store, serves the
 * renderer from the private gouji:// scheme, and wires one IPC handler per API call.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import { API_METHODS, ipcChannel } from '../shared/api/methods';
import { REVEAL_EXPORT_CHANNEL } from '../shared/api/desktop';
import { openCore, type Core } from './core/core';
import { resolveStoreLocation } from './core/paths';
import { createIpcHandler, WindowSessions } from './ipc';
import { createRevealExportHandler } from './reveal-export';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { resolveStaticPath } from './web/server';
import { lockDownSession, lockDownWebContents, mainWindowOptions } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.resolve(here, '..', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');

protocol.registerSchemesAsPrivileged([
  { scheme: 'gouji', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit();

let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;

function serveRenderer(request: Request): Response {
  const url = new URL(request.url);
  const file = url.host === 'app' ? resolveStaticPath(rendererDir, url.pathname) : null;
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return new Response('not found', { status: 404 });
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };
  return new Response(fs.readFileSync(file), {
    headers: {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    },
  });
}

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(preloadPath));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadURL('gouji://app/index.html');
}

const windowSessions = new WindowSessions();

app.on('web-contents-created', (_event, contents) => {
  lockDownWebContents(contents);
  // A closed window's sign-in goes with it.
  contents.once('destroyed', () => windowSessions.forget(contents.id));
});

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.whenReady().then(() => {
  lockDownSession(session.defaultSession);
  protocol.handle('gouji', serveRenderer);
  core = openCore({ location: resolveStoreLocation(process.env.GOUJI_HOME ?? app.getPath('userData')), extractOnImport: true });
  for (const method of API_METHODS) ipcMain.handle(ipcChannel(method), createIpcHandler(core, method, windowSessions));
  ipcMain.handle(REVEAL_EXPORT_CHANNEL, createRevealExportHandler(core, (folder) => shell.openPath(folder)));
  createWindow();
});

app.on('window-all-closed', () => app.quit());
let closing = false;
app.on('will-quit', (event) => {
  if (!core || closing) return;
  // Stop extraction workers and close the store before the process ends.
  event.preventDefault();
  closing = true;
  void core.close().finally(() => app.quit());
});

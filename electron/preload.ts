/**
 * The preload: exposes `window.gouji` with exactly one function per API call, each
 * forwarding its payload to main over its own IPC channel. Nothing else of Electron
 * or Node reaches the page (besides `goujiDesktop.revealExport`, below). Each function resolves
 * to an envelope the renderer unwraps.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, ipcChannel } from '../shared/api/methods';
import { REVEAL_EXPORT_CHANNEL } from '../shared/api/desktop';

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input)]),
);

contextBridge.exposeInMainWorld('gouji', Object.freeze(api));

// The one desktop action outside the API: open a finished export's folder (main validates the job id and the path).
contextBridge.exposeInMainWorld('goujiDesktop', Object.freeze({ revealExport: (jobId: string) => ipcRenderer.invoke(REVEAL_EXPORT_CHANNEL, String(jobId)) }));

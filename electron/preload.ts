/**
 * The preload: exposes `window.gouji` with exactly one function per API call, each
 * forwarding its payload to main over its own IPC channel. Nothing else of Electron
 * or Node reaches the page. Each function resolves to an envelope the renderer unwraps.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, ipcChannel } from '../shared/api/methods';

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input)]),
);

contextBridge.exposeInMainWorld('gouji', Object.freeze(api));

/**
 * Which door this renderer came through. In Electron the preload exposes `window.gouji`
 * (one function per API call, bytes cross as Uint8Array); otherwise we were served by
 * the loopback web server and talk HTTP to it. Both hand back the same envelope
 * ({ok, result} | {ok:false, error}), unwrapped here into a value or an ApiError.
 */
import type { ApiInput, GoujiApi } from '../../../shared/api/contract';
import { unwrapEnvelope, type Envelope } from '../../../shared/api/envelope';
import { API_METHODS, type ApiMethod } from '../../../shared/api/methods';
import { createWebApi } from './webClient';

/** What electron/preload.ts exposes: each call resolves to an envelope, because an Error thrown across IPC loses its code. */
export type GoujiPreload = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<unknown> };

declare global {
  interface Window {
    gouji?: GoujiPreload;
  }
}

export type Door = 'electron' | 'web';

function isEnvelope(value: unknown): value is Envelope {
  if (!value || typeof value !== 'object' || !('ok' in value)) return false;
  return (value.ok === true && 'result' in value) || (value.ok === false && 'error' in value);
}

export function createPreloadApi(preload: GoujiPreload): GoujiApi {
  const call = async (method: ApiMethod, input: unknown): Promise<unknown> => {
    const answer = await (preload[method] as (input: unknown) => Promise<unknown>)(input);
    // No API output has an `ok` key, so an envelope is unambiguous; a bare value passes through.
    return isEnvelope(answer) ? unwrapEnvelope(answer) : answer;
  };
  const entries = API_METHODS.map((method) => [method, (input: unknown) => call(method, input)]);
  return Object.fromEntries(entries) as GoujiApi;
}

const preload = typeof window === 'undefined' ? undefined : window.gouji;

export const door: Door = preload ? 'electron' : 'web';

export const api: GoujiApi = preload ? createPreloadApi(preload) : createWebApi();

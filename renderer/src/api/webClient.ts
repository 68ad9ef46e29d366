/**
 * The web door: every API call is `POST /api/<method>` on the loopback server that
 * served this page. Auth rides on the HttpOnly cookie the server set when the user
 * opened the printed URL; `x-gouji-client` is the header a cross-site form cannot send.
 */
import { ApiError, ERROR_CODES, type ErrorCode, type GoujiApi } from '../../../shared/api/contract';
import { API_METHODS, type ApiMethod } from '../../../shared/api/methods';
import { decodeWire, encodeWire, WEB, type WireResponse } from '../../../shared/api/wire';

/** Raised when the server could not be reached or answered something that is not a WireResponse. */
export class TransportError extends Error {
  readonly code = 'NETWORK';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TransportError';
  }
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

function isWireResponse(value: unknown): value is WireResponse {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as { ok?: unknown; error?: unknown };
  if (candidate.ok === true) return 'result' in candidate;
  if (candidate.ok !== false || !candidate.error || typeof candidate.error !== 'object') return false;
  const error = candidate.error as { code?: unknown; message?: unknown };
  return typeof error.code === 'string' && typeof error.message === 'string';
}

async function callOverHttp(fetchImpl: Fetch, method: ApiMethod, input: unknown): Promise<unknown> {
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(`${WEB.apiPrefix}${method}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', [WEB.clientHeader]: '1' },
      body: encodeWire(input),
    });
    text = await response.text();
  } catch (cause) {
    throw new TransportError(cause instanceof Error ? cause.message : String(cause), { cause });
  }

  let payload: unknown;
  try {
    payload = decodeWire(text);
  } catch {
    payload = undefined;
  }
  if (!isWireResponse(payload)) {
    // The server answers a missing or stale token cookie in plain text, before any API logic.
    const plain = text.trim().slice(0, 300);
    if (response.status === 401) throw new ApiError('UNAUTHORIZED', plain || 'HTTP 401');
    if (response.status === 403) throw new ApiError('FORBIDDEN', plain || 'HTTP 403');
    throw new TransportError(`HTTP ${response.status} ${response.statusText}`.trim());
  }
  if (payload.ok) return payload.result;

  const { code, message, details } = payload.error;
  // An unknown code (a newer server) still surfaces, as INTERNAL with the original kept.
  if (isErrorCode(code)) throw new ApiError(code, message, details);
  throw new ApiError('INTERNAL', message, { code, details });
}

/** getDocumentFile over its binary route: the same call, without base64 in JSON. */
async function fetchDocumentFile(fetchImpl: Fetch, input: { ref: string }): Promise<{ fileName: string; data: Uint8Array }> {
  let response: Response;
  try {
    response = await fetchImpl(`${WEB.filesPrefix}${encodeURIComponent(input.ref)}`, { method: 'GET', credentials: 'same-origin' });
  } catch (cause) {
    throw new TransportError(cause instanceof Error ? cause.message : String(cause), { cause });
  }
  if (!response.ok) {
    const text = await response.text();
    let payload: unknown;
    try {
      payload = decodeWire(text);
    } catch {
      payload = undefined;
    }
    if (isWireResponse(payload) && !payload.ok) {
      const { code, message, details } = payload.error;
      throw new ApiError(isErrorCode(code) ? code : 'INTERNAL', message, details);
    }
    if (response.status === 401) throw new ApiError('UNAUTHORIZED', text.trim() || 'HTTP 401');
    throw new TransportError(`HTTP ${response.status} ${response.statusText}`.trim());
  }
  const fileName = decodeURIComponent(response.headers.get(WEB.fileNameHeader) ?? '');
  return { fileName, data: new Uint8Array(await response.arrayBuffer()) };
}

export function createWebApi(fetchImpl: Fetch = (input, init) => fetch(input, init)): GoujiApi {
  const entries = API_METHODS.map((method) => [
    method,
    method === 'getDocumentFile'
      ? (input: unknown) => fetchDocumentFile(fetchImpl, input as { ref: string })
      : (input: unknown) => callOverHttp(fetchImpl, method, input),
  ]);
  // The server validates outputs against the contract; the renderer trusts its own core.
  return Object.fromEntries(entries) as GoujiApi;
}

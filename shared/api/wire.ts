/**
 * JSON on the wire for the web transport: byte arrays travel as {"$bytes": base64}.
 * Both ends use this one codec, so a call's payload survives HTTP the way it
 * survives Electron's structured clone.
 */
const BYTES_KEY = '$bytes';
const CHUNK = 0x8000;

/** Native base64 where the runtime has it (Chromium 140+: Uint8Array.toBase64; Node: Buffer), else a portable loop. */
interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}
interface NativeBase64Static {
  fromBase64?: (base64: string) => Uint8Array;
}
interface NodeBuffer {
  from(data: Uint8Array | string, encoding?: string): Uint8Array & { toString(encoding: string): string };
}
const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (Uint8Array.prototype as NativeBase64).toBase64;
  if (native) return native.call(bytes);
  if (nodeBuffer) return nodeBuffer.from(bytes).toString('base64');
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const native = (Uint8Array as NativeBase64Static).fromBase64;
  if (native) return native(base64);
  if (nodeBuffer) return new Uint8Array(nodeBuffer.from(base64, 'base64'));
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(v) } : v,
  );
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const encoded = (v as Record<string, unknown>)[BYTES_KEY];
      if (keys.length === 1 && typeof encoded === 'string') return base64ToBytes(encoded);
    }
    return v;
  });
}

/** The web transport's paths and headers, shared by the server and the renderer's client. */
export const WEB = {
  apiPrefix: '/api/',
  /** `GET /files/<id or sha256>`: a filing's PDF as plain bytes (getDocumentFile without base64). */
  filesPrefix: '/files/',
  /** The file name travels percent-encoded in this header. */
  fileNameHeader: 'x-gouji-file-name',
  /** A header a cross-site form cannot set: every API call must carry it. */
  clientHeader: 'x-gouji-client',
  tokenCookie: 'gouji_token',
  /** One per browser: which signed-in session its calls belong to. */
  clientCookie: 'gouji_client',
  tokenParam: 'token',
} as const;

/** What an HTTP API response body decodes to: the same envelope the IPC door returns. */
export type { Envelope as WireResponse } from './envelope';

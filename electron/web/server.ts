/**
 * The web door: the built renderer and the API over HTTP on the loopback interface.
 * Guarded like a local Jupyter: a per-launch random token (exchanged once for an
 * HttpOnly cookie), Host and Origin checked against DNS rebinding and cross-site
 * requests, no CORS, and static files confined to the renderer folder.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApiError, MAX_IMPORT_BYTES, type ErrorCode } from '../../shared/api/contract';
import { envelopeOf, toErrorEnvelope, type Envelope } from '../../shared/api/envelope';
import { decodeWire, encodeWire, WEB } from '../../shared/api/wire';
import { isApiMethod, type Core } from '../core/core';
import { newDoorSession, type DoorSession } from '../core/review/sessions';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

export interface WebServerOptions {
  core: Core;
  rendererDir: string;
  port?: number;
  /** Fixed for tests; a fresh random one otherwise. */
  token?: string;
}

export interface WebServer {
  core: Core;
  url: string;
  /** The URL to open: carries the token, which the server swaps for a cookie. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** base64 inflates a PDF by 4/3; leave room for the JSON around it. */
const MAX_BODY_BYTES = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024;

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  AMBIGUOUS_REF: 409,
  CONFLICT: 409,
  INTERNAL: 500,
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function sendEnvelope(res: http.ServerResponse, envelope: Envelope): void {
  const status = envelope.ok ? 200 : STATUS_BY_CODE[envelope.error.code];
  send(res, status, encodeWire(envelope), { 'content-type': 'application/json; charset=utf-8' });
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError('INVALID_INPUT', `request body over ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A request path mapped into the renderer folder, or null when it would leave it. */
export function resolveStaticPath(rendererDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  let port = options.port ?? 0;
  const allowedHosts = (): Set<string> => new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const allowedOrigins = (): Set<string> => new Set([...allowedHosts()].map((h) => `http://${h}`));

  // Each browser gets its own client cookie and so its own sign-in; the token only opens the door.
  const clients = new Map<string, DoorSession>();
  function doorSessionOf(req: http.IncomingMessage, res: http.ServerResponse): DoorSession {
    const id = readCookie(req.headers.cookie, WEB.clientCookie);
    const known = id === undefined ? undefined : clients.get(id);
    if (known) return known;
    const fresh = crypto.randomBytes(24).toString('base64url');
    const session = newDoorSession();
    clients.set(fresh, session);
    res.setHeader('set-cookie', `${WEB.clientCookie}=${fresh}; HttpOnly; SameSite=Strict; Path=/`);
    return session;
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'POST only', { allow: 'POST' });
    if (req.headers[WEB.clientHeader] !== '1') {
      return sendEnvelope(res, toErrorEnvelope(new ApiError('FORBIDDEN', `API calls must carry the ${WEB.clientHeader} header`)));
    }
    const envelope = await envelopeOf(async () => {
      if (!isApiMethod(method)) throw new ApiError('NOT_FOUND', `no API call named "${method}"`);
      const text = await readBody(req);
      let input: unknown;
      try {
        input = text.trim() === '' ? {} : decodeWire(text);
      } catch {
        throw new ApiError('INVALID_INPUT', 'the request body is not valid JSON');
      }
      return options.core.dispatch(method, input, doorSessionOf(req, res));
    });
    sendEnvelope(res, envelope);
  }

  /** The PDF bytes as they are: pdf.js opens a 1 MB filing without a base64 round trip. */
  async function handleFile(req: http.IncomingMessage, res: http.ServerResponse, ref: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'GET only', { allow: 'GET' });
    try {
      const file = await options.core.dispatch('getDocumentFile', { ref: decodeURIComponent(ref) }, doorSessionOf(req, res));
      send(res, 200, Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength), {
        'content-type': 'application/pdf',
        [WEB.fileNameHeader]: encodeURIComponent(file.fileName),
        // Content-addressed and private to this user: the browser may keep it for the session.
        'cache-control': 'private, max-age=3600',
      });
    } catch (error) {
      sendEnvelope(res, toErrorEnvelope(error));
    }
  }

  function handleStatic(res: http.ServerResponse, urlPath: string): void {
    const file = resolveStaticPath(options.rendererDir, urlPath);
    if (!file) return send(res, 400, 'bad path');
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return send(res, 404, 'not found');
    }
    if (!stat.isFile()) return send(res, 404, 'not found');
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    send(res, 200, fs.readFileSync(file), { 'content-type': type });
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still sends its own Host.
    if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 403, 'forbidden host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return send(res, 403, 'forbidden origin');

    const url = new URL(req.url ?? '/', `http://${HOST}:${port}`);
    const offered = url.searchParams.get(WEB.tokenParam);
    if (offered !== null) {
      if (!sameSecret(offered, token)) return send(res, 401, 'wrong token');
      url.searchParams.delete(WEB.tokenParam);
      return send(res, 303, '', {
        location: url.pathname + url.search,
        'set-cookie': `${WEB.tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    if (!sameSecret(readCookie(req.headers.cookie, WEB.tokenCookie), token)) {
      return send(res, 401, 'Gouji: open the URL that `gouji serve` printed (it carries the access token).', {
        'content-type': 'text/plain; charset=utf-8',
      });
    }
    if (url.pathname.startsWith(WEB.apiPrefix)) return handleApi(req, res, url.pathname.slice(WEB.apiPrefix.length));
    if (url.pathname.startsWith(WEB.filesPrefix)) return handleFile(req, res, url.pathname.slice(WEB.filesPrefix.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    return handleStatic(res, url.pathname);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendEnvelope(res, toErrorEnvelope(error));
      else res.destroy();
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      port = (server.address() as AddressInfo).port;
      const url = `http://${HOST}:${port}/`;
      resolve({
        core: options.core,
        url,
        launchUrl: `${url}?${WEB.tokenParam}=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

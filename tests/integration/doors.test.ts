/**
 * One scenario through every door: the core's own dispatch, the Electron IPC handler
 * and the web transport over HTTP must answer the same calls the same way.
 */
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../shared/api/methods';
import { unwrapEnvelope, type Envelope } from '../../shared/api/envelope';
import { decodeWire, encodeWire, WEB } from '../../shared/api/wire';
import type { Core } from '../../electron/core/core';
import { createIpcHandler, WindowSessions } from '../../electron/ipc';
import { newDoorSession } from '../../electron/core/review/sessions';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { readFixture, REPO_ROOT, tempCore } from '../helpers';

type Call = (method: ApiMethod, input: unknown) => Promise<unknown>;

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function rawRequest(server: WebServer, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const cores: Core[] = [];
const servers: WebServer[] = [];
function freshCore(): Core {
  const core = tempCore('door-tester');
  cores.push(core);
  return core;
}

const doors: Record<string, () => Promise<Call>> = {
  core: async () => {
    const core = freshCore();
    const door = newDoorSession();
    return (method, input) => core.dispatch(method, input, door);
  },
  'electron ipc': async () => {
    const core = freshCore();
    const sender = { senderFrame: { url: 'gouji://app/index.html' }, sender: { id: 1 } };
    const windows = new WindowSessions();
    // structuredClone stands in for what Electron's IPC does to a payload.
    return async (method, input) => unwrapEnvelope(await createIpcHandler(core, method, windows)(sender, structuredClone(input)));
  },
  web: async () => {
    const server = await startWebServer({ core: freshCore(), rendererDir: path.join(REPO_ROOT, 'dist', 'renderer'), token: 'test-token-123' });
    servers.push(server);
    let cookie = `${WEB.tokenCookie}=${server.token}`;
    return async (method, input) => {
      const res = await rawRequest(server, {
        path: `${WEB.apiPrefix}${method}`,
        method: 'POST',
        headers: { cookie, [WEB.clientHeader]: '1', 'content-type': 'application/json', origin: server.url.replace(/\/$/, '') },
        body: encodeWire(input),
      });
      // Keep the client cookie the server hands out, as a browser would.
      const client = (res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${WEB.clientCookie}=`));
      if (client) cookie += `; ${client.split(';')[0]}`;
      return unwrapEnvelope(decodeWire(res.body) as Envelope);
    };
  },
};

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await Promise.all(cores.map((core) => core.close()));
});

describe.each(Object.keys(doors))('through the %s door', (doorName) => {
  let call: Call;
  beforeAll(async () => {
    call = await doors[doorName]!();
  });

  it('answers only public calls before sign-in; the first run creates the administrator', async () => {
    await expect(call('listDocuments', {})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await call('getSession', {})).toMatchObject({ user: null, needsSetup: true });
    const session = (await call('setupAdmin', { username: 'admin', displayName: '管理员', password: 'correct horse' })) as { user: { role: string } };
    expect(session.user.role).toBe('admin');
    await expect(call('setupAdmin', { username: 'again', displayName: 'x', password: 'correct horse' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('imports, lists, gets and fetches a filing; a second import is a duplicate', async () => {
    const data = readFixture('seed-000.pdf');
    const imported = (await call('importFile', { fileName: 'seed-000.pdf', data })) as { status: string; document: { id: number; sha256: string; securityCode: string } };
    expect(imported.status).toBe('imported');
    expect(imported.document.securityCode).toBe('834045');
    expect(((await call('importFile', { fileName: 'again.pdf', data })) as { status: string }).status).toBe('duplicate');
    const list = (await call('listDocuments', {})) as { documents: { id: number }[] };
    expect(list.documents.map((d) => d.id)).toEqual([imported.document.id]);
    expect(await call('getDocument', { ref: imported.document.sha256 })).toEqual(imported.document);
    const file = (await call('getDocumentFile', { ref: String(imported.document.id) })) as { data: Uint8Array };
    expect(file.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(file.data).equals(Buffer.from(data))).toBe(true);
  });

  it('reports a bad file as a failed outcome, not an error', async () => {
    const outcome = await call('importFile', { fileName: 'x.pdf', data: new Uint8Array() });
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'EMPTY_FILE' } });
  });

  it('rejects invalid payloads and unknown filings with stable codes', async () => {
    await expect(call('getDocument', { ref: '../../etc/passwd' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(call('importFile', { fileName: 'x.pdf', data: 'not bytes' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(call('listDocuments', { sneaky: true })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(call('getDocument', { ref: '424242' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call('noSuchCall' as ApiMethod, {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports the store it serves', async () => {
    expect(await call('getAppInfo', {})).toMatchObject({ name: 'Gouji', schemaVersion: expect.any(Number) });
  });

  it('enforces roles in the core: a reviewer cannot approve, and nobody approves their own correction', async () => {
    await call('createUser', { username: 'rita', displayName: 'Rita', role: 'reviewer', password: 'reviewer-pass' });
    await call('createUser', { username: 'sam', displayName: 'Sam', role: 'supervisor', password: 'supervisor-pass' });
    await call('extractDocument', { ref: '1', wait: true });
    const figure = ((await call('listFigures', { ref: '1', source: 'table' })) as { figures: { key: string; value: string }[] }).figures[0]!;
    await call('signIn', { username: 'rita', password: 'reviewer-pass' });
    const proposed = (await call('proposeCorrection', { ref: '1', targetKey: figure.key, field: 'value', newValue: '12345.67', reason: 'misread' })) as { id: number };
    await expect(call('decideCorrections', { ids: [proposed.id], decision: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call('createUser', { username: 'eve', displayName: 'Eve', role: 'admin', password: 'sneaky-pass' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await call('listCorrections', { ref: '1' })) as unknown).toMatchObject({ corrections: [{ id: proposed.id, status: 'pending' }] });
    await call('signIn', { username: 'sam', password: 'supervisor-pass' });
    const own = (await call('proposeCorrection', { ref: '1', targetKey: figure.key, field: 'unit', newValue: '万元', reason: 'caption says 万元' })) as { id: number };
    await expect(call('decideCorrections', { ids: [own.id], decision: 'approve' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await call('decideCorrections', { ids: [proposed.id], decision: 'approve' });
    const after = ((await call('listFigures', { ref: '1', source: 'table' })) as { figures: { key: string; value: string; extractedValue: string; reviewed: boolean }[] }).figures.find((f) => f.key === figure.key)!;
    expect(after).toMatchObject({ value: '12345.67', extractedValue: figure.value, reviewed: true });
    await call('signOut', {});
    await expect(call('listDocuments', {})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('the Electron door refuses frames that are not the app', () => {
  it('answers FORBIDDEN to a foreign sender and does not run the call', async () => {
    const core = freshCore();
    const envelope = await createIpcHandler(core, 'importFile', new WindowSessions())(
      { senderFrame: { url: 'https://evil.example/' }, sender: { id: 7 } },
      { fileName: 'a.pdf', data: readFixture('seed-000.pdf') },
    );
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(core.call('listDocuments', {})).resolves.toEqual({ documents: [] });
  });
});

describe('the web door guards', () => {
  let server: WebServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startWebServer({ core: freshCore(), rendererDir: path.join(REPO_ROOT, 'dist', 'renderer') });
    servers.push(server);
    cookie = `${WEB.tokenCookie}=${server.token}`;
  });
  const api = (headers: Record<string, string>) =>
    rawRequest(server, { path: '/api/getAppInfo', method: 'POST', headers: { 'content-type': 'application/json', [WEB.clientHeader]: '1', ...headers }, body: '{}' });

  it('listens on 127.0.0.1 only, with a long random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('swaps the launch token for an HttpOnly SameSite cookie', async () => {
    const res = await rawRequest(server, { path: `/?${WEB.tokenParam}=${server.token}` });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await rawRequest(server, { path: `/?${WEB.tokenParam}=wrong` })).status).toBe(401);
  });

  it('refuses requests without the token, on pages and API alike', async () => {
    expect((await api({})).status).toBe(401);
    expect((await api({ cookie: `${WEB.tokenCookie}=guess` })).status).toBe(401);
    expect((await rawRequest(server, { path: '/' })).status).toBe(401);
    expect((await api({ cookie })).status).toBe(200);
  });

  it('refuses foreign Host headers (DNS rebinding) and foreign origins, and sends no CORS headers', async () => {
    expect((await api({ cookie, host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await api({ cookie, origin: 'http://evil.example' })).status).toBe(403);
    const ok = await api({ cookie, origin: `http://127.0.0.1:${server.port}` });
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('requires the client header on API calls (no cross-site form posts)', async () => {
    const res = await rawRequest(server, { path: '/api/listDocuments', method: 'POST', headers: { cookie, 'content-type': 'text/plain' }, body: '{}' });
    expect(res.status).toBe(403);
  });

  it('serves nothing outside the renderer folder', async () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%00', '/%E0%A4%A']) {
      const res = await rawRequest(server, { path: p, headers: { cookie } });
      expect([400, 404]).toContain(res.status);
      expect(res.body).not.toContain('"name": "gouji"');
    }
  });

  it('serves a filing\'s PDF as bytes on its file route, behind the same token', async () => {
    const data = readFixture('seed-002.pdf');
    const imported = (await server.core.call('importFile', { fileName: '制度.pdf', data })) as { document: { sha256: string } };
    const sha = imported.document.sha256;
    // The file route answers a signed-in browser only: sign in and keep its client cookie.
    const signIn = await rawRequest(server, {
      path: '/api/setupAdmin',
      method: 'POST',
      headers: { cookie, [WEB.clientHeader]: '1', 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', displayName: 'Admin', password: 'correct horse' }),
    });
    const signedIn = `${cookie}; ${signIn.headers['set-cookie']![0]!.split(';')[0]}`;
    expect((await rawRequest(server, { path: `/files/${sha}`, headers: { cookie } })).status).toBe(401);
    const bytes = await new Promise<{ status: number; type?: string; name?: string; body: Buffer }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: server.port, path: `/files/${sha}`, headers: { host: `127.0.0.1:${server.port}`, cookie: signedIn } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], name: res.headers['x-gouji-file-name'] as string, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(bytes).toMatchObject({ status: 200, type: 'application/pdf', name: encodeURIComponent('制度.pdf') });
    expect(bytes.body.equals(Buffer.from(data))).toBe(true);
    expect((await rawRequest(server, { path: `/files/${sha}` })).status).toBe(401);
    expect((await rawRequest(server, { path: '/files/..%2F..%2Fetc%2Fpasswd', headers: { cookie: signedIn } })).status).toBe(400);
    expect((await rawRequest(server, { path: '/files/99999', headers: { cookie: signedIn } })).status).toBe(404);
  });

  it('sends a strict CSP with every page', async () => {
    const res = await rawRequest(server, { path: '/', headers: { cookie } });
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/contract';
import { decodeWire, encodeWire } from '../../../shared/api/wire';
import { createWebApi, TransportError } from './webClient';

type Call = { url: string; init: RequestInit };

function serverAnswering(body: string, status = 200) {
  const calls: Call[] = [];
  const fetchImpl = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body, { status });
  };
  return { calls, api: createWebApi(fetchImpl) };
}

describe('web door client', () => {
  it('posts the wire-encoded input with the client header and decodes bytes in the result', async () => {
    const data = new Uint8Array([37, 80, 68, 70]);
    const { calls, api } = serverAnswering(encodeWire({ ok: true, result: { id: 7, data } }));

    const result = (await api.getDocument({ ref: '7' })) as unknown as { data: Uint8Array };

    expect(result.data).toBeInstanceOf(Uint8Array);
    expect([...result.data]).toEqual([...data]);
    const [call] = calls;
    expect(call?.url).toBe('/api/getDocument');
    expect(call?.init.method).toBe('POST');
    expect(call?.init.credentials).toBe('same-origin');
    expect(call?.init.headers).toMatchObject({ 'content-type': 'application/json', 'x-gouji-client': '1' });
    expect(decodeWire(String(call?.init.body))).toEqual({ ref: '7' });
  });

  it('fetches a filing\'s PDF as plain bytes from its file route', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70, 45]);
    const calls: { url: string; init: RequestInit }[] = [];
    const api = createWebApi(async (url, init) => {
      calls.push({ url, init });
      return new Response(bytes, { status: 200, headers: { 'x-gouji-file-name': encodeURIComponent('年报.pdf') } });
    });
    const file = await api.getDocumentFile({ ref: 'ab12cd34' });
    expect(calls[0]).toMatchObject({ url: '/files/ab12cd34', init: { method: 'GET', credentials: 'same-origin' } });
    expect(file.fileName).toBe('年报.pdf');
    expect([...file.data]).toEqual([...bytes]);
  });

  it('throws an ApiError carrying the server code and message', async () => {
    const { api } = serverAnswering(
      JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: 'no filing 9' } }),
      404,
    );
    const error = await api.getDocument({ ref: '9' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'no filing 9' });
  });

  it('reports a non-wire answer or a dead server as a transport error', async () => {
    const { api } = serverAnswering('<html>Bad gateway</html>', 502);
    await expect(api.listDocuments({})).rejects.toBeInstanceOf(TransportError);

    const dead = createWebApi(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(dead.listDocuments({})).rejects.toMatchObject({ code: 'NETWORK' });
  });
});

describe('web door client without a token cookie', () => {
  it('turns the plain-text 401 into UNAUTHORIZED', async () => {
    const api = createWebApi(async () => new Response('Gouji: open the URL that `gouji serve` printed', { status: 401 }));
    await expect(api.listDocuments({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

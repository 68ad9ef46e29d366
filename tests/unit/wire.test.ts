import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/contract';
import { envelopeOf, unwrapEnvelope } from '../../shared/api/envelope';
import { base64ToBytes, bytesToBase64, decodeWire, encodeWire } from '../../shared/api/wire';

describe('wire codec', () => {
  it('round-trips bytes nested in JSON, including large arrays', () => {
    const big = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    const decoded = decodeWire(encodeWire({ fileName: '报告.pdf', data: big, nested: [{ data: new Uint8Array([0, 255]) }] })) as {
      fileName: string;
      data: Uint8Array;
      nested: { data: Uint8Array }[];
    };
    expect(decoded.fileName).toBe('报告.pdf');
    expect(Buffer.from(decoded.data).equals(Buffer.from(big))).toBe(true);
    expect(decoded.nested[0]!.data).toEqual(new Uint8Array([0, 255]));
  });

  it('agrees with Node on base64', () => {
    const bytes = new Uint8Array([1, 2, 3, 250, 251, 252, 253]);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
  });

  it('leaves look-alike objects with other keys alone', () => {
    expect(decodeWire('{"a":{"$bytes":"AA==","b":1}}')).toEqual({ a: { $bytes: 'AA==', b: 1 } });
  });
});

describe('envelope', () => {
  it('carries an ApiError code across and back', async () => {
    const envelope = await envelopeOf(async () => {
      throw new ApiError('NOT_FOUND', 'no filing 9');
    });
    expect(envelope).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'no filing 9' } });
    expect(() => unwrapEnvelope(envelope)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND', message: 'no filing 9' }));
  });

  it('turns an unknown error into INTERNAL and an unknown code into INTERNAL', async () => {
    expect(await envelopeOf(async () => { throw new Error('boom'); })).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'boom' } });
    expect(() => unwrapEnvelope({ ok: false, error: { code: 'WHAT' as never, message: 'x' } })).toThrowError(expect.objectContaining({ code: 'INTERNAL' }));
  });
});

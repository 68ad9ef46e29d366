import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/contract';
import { API_METHODS } from '../../../shared/api/methods';
import { createPreloadApi, door, type GoujiPreload } from './door';

function preloadAnswering(answer: unknown): GoujiPreload {
  const call = async () => answer;
  const entries = API_METHODS.map((method) => [method, call]);
  return Object.fromEntries(entries) as GoujiPreload;
}

describe('Electron door', () => {
  it('unwraps a successful envelope', async () => {
    const api = createPreloadApi(preloadAnswering({ ok: true, result: { documents: [] } }));
    await expect(api.listDocuments({})).resolves.toEqual({ documents: [] });
  });

  it('turns an error envelope into an ApiError with its code', async () => {
    const api = createPreloadApi(
      preloadAnswering({ ok: false, error: { code: 'NOT_FOUND', message: 'no filing 4' } }),
    );
    const error = await api.getDocument({ ref: '4' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'no filing 4' });
  });

  it('passes a bare value through', async () => {
    const api = createPreloadApi(preloadAnswering({ documents: [] }));
    await expect(api.listDocuments({})).resolves.toEqual({ documents: [] });
  });

  it('is not chosen without window.gouji', () => {
    expect(door).toBe('web');
  });
});

/**
 * The result envelope both non-in-process doors return: IPC (where an Error thrown
 * across contextBridge would lose its code) and HTTP. The renderer unwraps it the
 * same way for either door.
 */
import { ApiError, ERROR_CODES, type ErrorCode } from './contract';

export type Envelope<T = unknown> =
  | { ok: true; result: T }
  | { ok: false; error: { code: ErrorCode; message: string; details?: unknown } };

export function toErrorEnvelope(error: unknown): Envelope<never> {
  if (error instanceof ApiError) {
    return { ok: false, error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'INTERNAL', message } };
}

export async function envelopeOf<T>(work: () => Promise<T>): Promise<Envelope<T>> {
  try {
    return { ok: true, result: await work() };
  } catch (error) {
    return toErrorEnvelope(error);
  }
}

export function unwrapEnvelope<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.result;
  const code: ErrorCode = (ERROR_CODES as readonly string[]).includes(envelope.error.code) ? envelope.error.code : 'INTERNAL';
  throw new ApiError(code, envelope.error.message, envelope.error.details);
}

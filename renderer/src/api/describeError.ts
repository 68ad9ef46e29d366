/**
 * Turns whatever a call threw into a stable code plus the raw message, so the UI can
 * show a translated sentence and keep the original text as detail.
 */
export type ErrorSummary = { code: string; message: string };

export function summarizeError(error: unknown): ErrorSummary {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { code: typeof code === 'string' ? code : 'UNEXPECTED', message: error.message };
  }
  return { code: 'UNEXPECTED', message: String(error) };
}

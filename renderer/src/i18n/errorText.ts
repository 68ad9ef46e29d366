/** The translated sentence for an error code; the raw server message stays available as detail. */
import type { TFunction } from 'i18next';
import { ERROR_CODES, IMPORT_ERROR_CODES, MAX_IMPORT_BYTES } from '../../../shared/api/contract';
import type { ErrorSummary } from '../api/describeError';
import { formatBytes } from '../format';

const RENDERER_ERROR_CODES = ['NETWORK', 'UNEXPECTED'] as const;
const GENERAL_CODES = [...ERROR_CODES, ...RENDERER_ERROR_CODES] as const;

type ImportCode = (typeof IMPORT_ERROR_CODES)[number];
type GeneralCode = (typeof GENERAL_CODES)[number];

const isImportCode = (code: string): code is ImportCode =>
  (IMPORT_ERROR_CODES as readonly string[]).includes(code);
const isGeneralCode = (code: string): code is GeneralCode =>
  (GENERAL_CODES as readonly string[]).includes(code);

export function errorText(t: TFunction, error: ErrorSummary, locale: string): string {
  if (isImportCode(error.code)) {
    return t(`import.errors.${error.code}`, { limit: formatBytes(MAX_IMPORT_BYTES, locale) });
  }
  if (isGeneralCode(error.code)) return t(`errors.${error.code}`);
  return t('errors.UNEXPECTED');
}

/**
 * User-facing wording for export and import outcomes: HTTP failures by status, and the server's
 * reasons for skipped rows (English, stable phrases) in the interface language.
 */
import type { TFunction } from '../i18n';
import { ExportApiError } from './exportApi';

export function errorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ExportApiError)) return t('export.errors.failed', { status: '–' });
  switch (error.status) {
    case 0:
      return t('export.errors.network');
    case 401:
    case 403:
      return t('export.errors.forbidden');
    case 404:
      return t('export.errors.notFound');
    case 409:
      return t('export.errors.incomplete');
    case 413:
      return t('export.errors.tooLarge');
    case 415:
      return t('export.errors.unsupported');
    case 429:
      return t('export.errors.rateLimited');
    case 400:
      return t('export.errors.invalid', { message: error.message });
    default:
      return t('export.errors.failed', { status: error.status });
  }
}

/** A skipped row's reason from the server, translated when it is one of the known phrases. */
export function skipReason(t: TFunction, reason: string): string {
  if (reason === 'empty text') return t('export.import.reasons.empty');
  let m = /^text longer than (\d+)/.exec(reason);
  if (m) return t('export.import.reasons.tooLong', { max: Number(m[1]) });
  m = /board is full \((\d+)/.exec(reason);
  if (m) return t('export.import.reasons.full', { max: Number(m[1]) });
  if (reason.startsWith('could not be read')) return t('export.import.reasons.unreadable');
  if (/holds an error value/.test(reason)) return t('export.import.reasons.errorCell');
  return reason;
}

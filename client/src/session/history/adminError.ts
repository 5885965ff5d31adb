/**
 * Why a facilitator request failed, as the `{{reason}}` of a message in the interface language.
 */
import { ApiRequestError } from '../../api/boardsApi';
import type { TFunction } from '../../i18n';

export function adminErrorReason(t: TFunction, err: unknown, notFound?: string): string {
  const status = err instanceof ApiRequestError ? err.status : -1;
  if (status === 0) return t('errors.network');
  if (status === 401 || status === 403) return t('session.errors.key');
  if (status === 404 && notFound) return notFound;
  if (status === 429) return t('session.errors.tooMany');
  return (err instanceof Error && err.message) || `HTTP ${status}`;
}

/**
 * The version list as the server sends it (`{ versions: [{ id, createdAt, reason, bytes }] }`),
 * read defensively, and the reason a version was kept as an i18n key.
 */

export interface Version {
  id: number;
  /** ms since the epoch. */
  createdAt: number;
  /** As the server stored it: `auto`, `before-reveal`, `before-import`, `before-restore`, `manual`… */
  reason: string;
}

/** Reasons with a translation under `session.history.reasons`. */
export const VERSION_REASONS = ['auto', 'beforeReveal', 'beforeImport', 'beforeRestore', 'manual', 'other'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

const BY_SERVER_NAME: Record<string, VersionReason> = {
  auto: 'auto',
  'before-reveal': 'beforeReveal',
  'before-import': 'beforeImport',
  'before-restore': 'beforeRestore',
  manual: 'manual',
};

/** The translation key of a server reason; one the client does not know is `other`. */
export function reasonKey(reason: string): VersionReason {
  return Object.hasOwn(BY_SERVER_NAME, reason) ? (BY_SERVER_NAME[reason] as VersionReason) : 'other';
}

/** The well-formed entries of a version list response, newest first. */
export function parseVersions(body: unknown): Version[] {
  const list = (body as { versions?: unknown } | null)?.versions;
  if (!Array.isArray(list)) return [];
  const out: Version[] = [];
  for (const item of list) {
    const v = item as Partial<Record<keyof Version, unknown>> | null;
    if (!v || typeof v.id !== 'number' || !Number.isInteger(v.id) || v.id <= 0) continue;
    if (typeof v.createdAt !== 'number' || !Number.isFinite(v.createdAt)) continue;
    out.push({ id: v.id, createdAt: v.createdAt, reason: typeof v.reason === 'string' ? v.reason : '' });
  }
  return out.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
}

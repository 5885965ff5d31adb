/**
 * File names for exports made in the browser (PNG), like the server's readable names:
 * "<title> <YYYY-MM-DD>.png" with the date in Dutch time and no path, control or quote characters.
 */

/** YYYY-MM-DD of `ms` in Dutch time. */
export function isoDay(ms: number): string {
  return new Date(ms).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

/** A title made safe for a file name (at most 80 characters; "PLG-bord" when nothing is left). */
export function readableName(title: string): string {
  const cleaned = title
    .replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return cleaned.replace(/^\.+/, '') || 'PLG-bord';
}

/** "Studiedag maart 2025-03-14.png", or "Studiedag maart - Leiderschap 2025-03-14.png" for a part. */
export function exportFileName(title: string, ms: number, ext: string, part?: string): string {
  const name = part ? `${readableName(title)} - ${readableName(part)}` : readableName(title);
  return `${name} ${isoDay(ms)}.${ext}`;
}

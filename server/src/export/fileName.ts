/**
 * Download file names from the board title and the date: ASCII-safe for the plain
 * `filename`, the readable title for `filename*` (RFC 6266 / RFC 8187).
 */

/** "Studiedag PLG — één" → "studiedag-plg-een" (at most 60 characters; "plg-bord" if nothing is left). */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'plg-bord';
}

/** YYYY-MM-DD of `ms` in Dutch time. */
export function isoDay(ms: number): string {
  return new Date(ms).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

/** The readable (UTF-8) name: title without path, control or quote characters. */
function readableName(title: string): string {
  const cleaned = title
    .replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return cleaned.replace(/^\.+/, '') || 'PLG-bord';
}

/** RFC 8187 value encoding: percent-encode everything but attr-char. */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The file name and the Content-Disposition header for a download. */
export function downloadName(title: string, ms: number, ext: string): { fileName: string; disposition: string } {
  const day = isoDay(ms);
  const fileName = `${slugify(title)}-${day}.${ext}`;
  const utf8 = `${readableName(title)} ${day}.${ext}`;
  return { fileName, disposition: `attachment; filename="${fileName}"; filename*=UTF-8''${encodeRfc8187(utf8)}` };
}

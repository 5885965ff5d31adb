/**
 * The file name in a Content-Disposition header: `filename*` (RFC 8187, UTF-8) first, then the
 * plain `filename`; path parts and control characters are dropped.
 */

function clean(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? '';
  const safe = base.replace(/\p{Cc}/gu, '').trim();
  return safe && safe !== '.' && safe !== '..' ? safe : null;
}

export function fileNameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (star?.[2]) {
    try {
      const charset = (star[1] ?? '').trim().toLowerCase();
      const raw = star[2].trim().replace(/^"|"$/g, '');
      const decoded =
        charset === 'utf-8' || charset === ''
          ? decodeURIComponent(raw)
          : // ISO-8859-1: each byte is its own code point.
            raw.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
      const name = clean(decoded);
      if (name) return name;
    } catch {
      // Malformed percent-encoding: fall back to the plain filename.
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted?.[1] !== undefined) return clean(quoted[1].replace(/\\(.)/g, '$1'));
  const bare = /filename\s*=\s*([^;\s]+)/i.exec(header);
  return bare?.[1] ? clean(bare[1]) : null;
}

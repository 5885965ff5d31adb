/**
 * The websocket Origin check: browsers must come from our own public URL (or an allowed
 * origin); without PUBLIC_URL, from the host they connected to. Non-browser clients send none.
 */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  publicUrl: string | undefined,
  extra: readonly string[],
): boolean {
  if (!origin) return true;
  const allowed = new Set(extra);
  if (publicUrl) allowed.add(new URL(publicUrl).origin);
  if (allowed.has(origin)) return true;
  if (publicUrl) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

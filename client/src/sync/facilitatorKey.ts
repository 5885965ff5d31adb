/**
 * The facilitator key lives only in the fragment of the page address (`#key=…`): never in a
 * path or query, never in a Referer, never logged.
 */

/** The facilitator key from a location hash such as `#key=abc`, or null. */
export function facilitatorKeyFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const key = params.get('key');
  return key && /^[A-Za-z0-9_-]{16,128}$/.test(key) ? key : null;
}

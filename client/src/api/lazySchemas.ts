/** Loads the response schemas once, on the first request (see schemas.ts). */
type Schemas = typeof import('./schemas');

let loading: Promise<Schemas> | null = null;

export function loadSchemas(): Promise<Schemas> {
  loading ??= import('./schemas').catch((error: unknown) => {
    // Offline on a first visit: try again next time.
    loading = null;
    throw error;
  });
  return loading;
}

/** Whether a CSS media query matches, live. */
import { useSyncExternalStore } from 'react';

export const NARROW = '(max-width: 720px)';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      const mql = window.matchMedia?.(query);
      mql?.addEventListener('change', listener);
      return () => mql?.removeEventListener('change', listener);
    },
    () => window.matchMedia?.(query).matches ?? false,
  );
}

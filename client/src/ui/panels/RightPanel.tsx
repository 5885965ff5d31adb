/**
 * The right-side panel slot. Today it holds the list view; a facilitator panel (phases, timer,
 * voting) and others can be added as further panels here later.
 */
import type { ReactNode } from 'react';

export function RightPanel({ children, label }: { children: ReactNode; label: string }) {
  return (
    <aside className="right-panel" id="list-panel" aria-label={label} tabIndex={-1}>
      {children}
    </aside>
  );
}

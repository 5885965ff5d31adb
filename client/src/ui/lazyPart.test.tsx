import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPart } from './lazyPart';

afterEach(cleanup);

/** A module whose import the test settles by hand. */
function manualImport() {
  const attempts: { resolve(): void; reject(error: Error): void }[] = [];
  const load = () =>
    new Promise<(props: { label: string }) => React.ReactNode>((resolve, reject) => {
      attempts.push({ resolve: () => resolve(Counter), reject });
    });
  return { load, attempts };
}

function Counter({ label }: { label: string }) {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      {label} {n}
    </button>
  );
}

describe('lazyPart', () => {
  it('shows a loading line, then the part, which keeps its state when it re-renders', async () => {
    const { load, attempts } = manualImport();
    const Part = lazyPart(load);
    const { rerender } = await act(async () => render(<Part label="a" />));
    expect(screen.getByRole('status').textContent).toBe('Laden…');
    await act(async () => attempts[0]?.resolve());
    fireEvent.click(await screen.findByRole('button', { name: 'a 0' }));
    rerender(<Part label="b" />);
    expect(screen.getByRole('button').textContent).toBe('b 1');
    expect(attempts).toHaveLength(1);
  });

  it('shows nothing while loading when asked to', async () => {
    const { load } = manualImport();
    const Part = lazyPart(load, { fallback: 'none' });
    const { container } = await act(async () => render(<Part label="a" />));
    expect(container.textContent).toBe('');
  });

  it('shows nothing while it waits to load (after), then the loading line, then the part', async () => {
    const { load, attempts } = manualImport();
    let open = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const Part = lazyPart(load, { after: () => gate });
    const { container } = await act(async () => render(<Part label="a" />));
    expect(container.textContent).toBe('');
    expect(attempts).toHaveLength(0);
    await act(async () => open());
    expect(screen.getByRole('status').textContent).toBe('Laden…');
    expect(attempts).toHaveLength(1);
    await act(async () => attempts[0]?.resolve());
    expect(await screen.findByRole('button', { name: 'a 0' })).toBeTruthy();
  });

  it('says so when the part cannot load (offline) and tries again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error.
    const { load, attempts } = manualImport();
    const Part = lazyPart(load);
    await act(async () => render(<Part label="a" />));
    await act(async () => attempts[0]?.reject(new Error('Failed to fetch dynamically imported module')));
    expect((await screen.findByRole('alert')).textContent).toContain('kon niet laden');
    const retry = screen.getByRole('button', { name: 'Opnieuw proberen' });
    await act(async () => fireEvent.click(retry));
    expect(attempts).toHaveLength(2);
    await act(async () => attempts[1]?.resolve());
    expect(await screen.findByRole('button', { name: 'a 0' })).toBeTruthy();
  });

  it('preloads the parts this person can open, facilitator-only parts for the facilitator alone', async () => {
    vi.resetModules();
    const fresh = await import('./lazyPart');
    vi.useFakeTimers();
    try {
      const loads: string[] = [];
      fresh.lazyPart(async () => {
        loads.push('everyone');
        return Counter;
      });
      fresh.lazyPart(
        async () => {
          loads.push('facilitator');
          return Counter;
        },
        { facilitatorOnly: true },
      );
      fresh.preloadParts(false);
      await vi.runAllTimersAsync();
      expect(loads).toEqual(['everyone']);
      fresh.preloadParts(true);
      await vi.runAllTimersAsync();
      expect(loads).toEqual(['everyone', 'facilitator']);
    } finally {
      vi.useRealTimers();
    }
  });
});

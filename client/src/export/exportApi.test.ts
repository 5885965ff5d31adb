import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportApiError, fetchExport } from './exportApi';

const options = { lang: 'nl' as const, separator: 'semicolon' as const };

/** A response whose body arrives in `pieces`, each only when the reader asks for it. */
function streamed(pieces: Uint8Array[], headers: Record<string, string>): Response {
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < pieces.length) controller.enqueue(pieces[i++] as Uint8Array);
      else controller.close();
    },
  });
  return new Response(body, { status: 200, headers });
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchExport', () => {
  it('reports the share of the file received when the server gives its size', async () => {
    const pieces = [new Uint8Array(300).fill(1), new Uint8Array(300).fill(2), new Uint8Array(400).fill(3)];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        streamed(pieces, {
          'content-length': '1000',
          'content-type': 'application/pdf',
          'content-disposition': 'attachment; filename="Verslag.pdf"',
        }),
      ),
    );
    const seen: number[] = [];
    const { blob, fileName } = await fetchExport('b1', 'key', 'pdf', { ...options, onProgress: (r) => seen.push(r) });
    expect(seen).toEqual([0, 0.3, 0.6, 1]);
    expect(blob.size).toBe(1000);
    expect(blob.type).toBe('application/pdf');
    expect(fileName).toBe('Verslag.pdf');
  });

  it('downloads without progress when the size is unknown', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamed([new Uint8Array(5)], { 'content-type': 'text/csv' })),
    );
    const onProgress = vi.fn();
    const { blob } = await fetchExport('b1', 'key', 'csv', { ...options, onProgress });
    expect(blob.size).toBe(5);
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('rejects with an AbortError, not a network error, when cancelled while the server works', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((_resolve, reject) => {
            init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          }),
      ),
    );
    const controller = new AbortController();
    const pending = fetchExport('b1', 'key', 'docx', { ...options, signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    // The signal's own reason (a DOMException named AbortError, whichever realm made it).
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(ExportApiError);
  });

  it('still turns a real network failure into an ExportApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(fetchExport('b1', 'key', 'xlsx', options)).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });
});

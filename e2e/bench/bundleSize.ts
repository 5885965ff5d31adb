/**
 * Production bundle sizes: every JS chunk in client/dist/assets, raw and gzipped (node:zlib),
 * the initial JavaScript (what index.html loads before any interaction, with its static imports)
 * and what each lazily loaded route adds on top.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The build measured: client/dist, or CLIENT_DIST (which the server also serves) to compare builds. */
export const DIST =
  process.env.CLIENT_DIST ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../client/dist');

export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleReport {
  chunks: Chunk[];
  /** Files index.html loads at once (entry, module preloads, their static imports). */
  initial: string[];
  initialGzip: number;
  initialRaw: number;
  /** Lazily imported chunks (by file) and the gzip bytes each adds beyond the initial set. */
  lazy: { entry: string; files: string[]; gzip: number }[];
}

const STATIC = /(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g;
const DYNAMIC = /import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g;

function matches(text: string, re: RegExp): string[] {
  return [...text.matchAll(re)].map((m) => m[1] as string);
}

export function bundleReport(dist = DIST): BundleReport {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no build in ${dist}: run pnpm build first`);
  const assets = join(dist, 'assets');
  const code = new Map<string, string>();
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    code.set(file, readFileSync(join(assets, file), 'utf8'));
  }
  const chunks = [...code].map(([file, text]) => ({
    file,
    raw: Buffer.byteLength(text),
    gzip: gzipSync(text).length,
  }));
  const size = new Map(chunks.map((c) => [c.file, c]));
  const closure = (roots: string[]): Set<string> => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file) || !code.has(file)) return;
      seen.add(file);
      for (const dep of matches(code.get(file) as string, STATIC)) walk(dep);
    };
    for (const r of roots) walk(r);
    return seen;
  };
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const roots = [...html.matchAll(/(?:src|href)="\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1] as string);
  const initial = closure(roots);
  const sum = (files: Iterable<string>, key: 'gzip' | 'raw') =>
    [...files].reduce((n, f) => n + (size.get(f)?.[key] ?? 0), 0);
  const lazyEntries = new Set<string>();
  for (const file of code.keys()) for (const dep of matches(code.get(file) as string, DYNAMIC)) lazyEntries.add(dep);
  const lazy = [...lazyEntries].map((entry) => {
    const files = [...closure([entry])].filter((f) => !initial.has(f));
    return { entry, files, gzip: sum(files, 'gzip') };
  });
  return {
    chunks: chunks.sort((a, b) => b.gzip - a.gzip),
    initial: [...initial],
    initialGzip: sum(initial, 'gzip'),
    initialRaw: sum(initial, 'raw'),
    lazy: lazy.sort((a, b) => b.gzip - a.gzip),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

export function printBundle(report: BundleReport): void {
  console.log('\nProduction bundle (client/dist/assets, gzip via node:zlib)');
  console.log(`${'chunk'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
  for (const c of report.chunks)
    console.log(`${c.file.padEnd(44)} ${kb(c.raw).padStart(10)} ${kb(c.gzip).padStart(10)}`);
  console.log(`initial JS (index.html + static imports): ${kb(report.initialRaw)} raw, ${kb(report.initialGzip)} gzip`);
  console.log(`  files: ${report.initial.join(', ')}`);
  for (const l of report.lazy) console.log(`lazy ${l.entry}: +${kb(l.gzip)} gzip (${l.files.length} files)`);
}

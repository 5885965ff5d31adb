/**
 * Production bundle sizes: every JS chunk in client/dist/assets, raw and gzipped (node:zlib),
 * and what each page makes the browser download before anything is clicked: the initial
 * JavaScript (index.html's entry with its static imports), the page's route chunk
 * (`HomePage-*.js`, `BoardPage-*.js`, …, loaded by App.tsx at start-up) with its static imports,
 * and the strings of the interface language (`nl-*.js`, or `en-*.js` when chosen). On a board,
 * the parts that load on demand (panels, dialogs, exports) are listed with what each adds.
 * `pageScripts.ts` checks these figures against what Chromium really fetches.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { PageScripts } from './pageScripts.js';

/** The build measured: client/dist, or CLIENT_DIST (which the server also serves) to compare builds. */
export const DIST =
  process.env.CLIENT_DIST ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../client/dist');

/** The board page's budget (the issue: "initial JavaScript ≤ 250 KB gzip"), in KiB. */
export const BOARD_BUDGET_KB = 250;

export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
}

export interface FileSet {
  files: string[];
  gzip: number;
  raw: number;
}

export interface BundleReport {
  chunks: Chunk[];
  /** Files index.html loads at once (entry, module preloads, their static imports). */
  initial: string[];
  initialGzip: number;
  initialRaw: number;
  /** Lazily imported chunks (by file) and the gzip bytes each adds beyond the initial set. */
  lazy: { entry: string; files: string[]; gzip: number }[];
  /** Per route (`home`, `join`, `board`, `viewer`): the initial files, the route's and Dutch. */
  pages: Record<string, FileSet>;
  /** The board page (Dutch, nothing opened); null when the build has no BoardPage chunk. */
  board: FileSet | null;
  /** The board page with English instead of Dutch. */
  boardEnglish: FileSet | null;
  /** What each lazy chunk adds beyond the board page (panels, dialogs, exports), largest first. */
  boardLazy: { entry: string; gzip: number }[];
  /** What Chromium fetched to open a board (added by the client benchmark). */
  chromium?: PageScripts[];
}

const STATIC = /(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g;
const DYNAMIC = /import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g;
const ROUTES: Record<string, string> = {
  home: 'HomePage-',
  join: 'JoinPage-',
  board: 'BoardPage-',
  viewer: 'ViewerPage-',
};

/** `nl-*.js`, `en-*.js`: the strings of one interface language. */
const isLanguageChunk = (file: string) => /^[a-z]{2}-[\w-]+\.js$/.test(file);

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
  const set = (files: Set<string>): FileSet => ({
    files: [...files],
    gzip: sum(files, 'gzip'),
    raw: sum(files, 'raw'),
  });
  const lazyEntries = new Set<string>();
  for (const text of code.values()) for (const dep of matches(text, DYNAMIC)) lazyEntries.add(dep);
  const lazy = [...lazyEntries].map((entry) => {
    const files = [...closure([entry])].filter((f) => !initial.has(f));
    return { entry, files, gzip: sum(files, 'gzip') };
  });
  const entry = (prefix: string) => [...lazyEntries].filter((f) => f.startsWith(prefix));
  const [nl, en] = [entry('nl-'), entry('en-')];
  const pages: Record<string, FileSet> = {};
  let boardEnglish: FileSet | null = null;
  for (const [name, prefix] of Object.entries(ROUTES)) {
    const route = entry(prefix);
    if (!route.length) continue;
    pages[name] = set(new Set([...initial, ...closure([...route, ...nl])]));
    if (name === 'board') boardEnglish = set(new Set([...initial, ...closure([...route, ...en])]));
  }
  const board = pages.board ?? null;
  const onBoard = new Set(board?.files);
  const boardLazy = board
    ? [...lazyEntries]
        .filter((f) => !onBoard.has(f) && !isLanguageChunk(f) && !Object.values(ROUTES).some((p) => f.startsWith(p)))
        .map((entry) => ({
          entry,
          gzip: sum(
            [...closure([entry])].filter((f) => !onBoard.has(f)),
            'gzip',
          ),
        }))
        .filter((l) => l.gzip > 0)
    : [];
  return {
    chunks: chunks.sort((a, b) => b.gzip - a.gzip),
    initial: [...initial],
    initialGzip: sum(initial, 'gzip'),
    initialRaw: sum(initial, 'raw'),
    lazy: lazy.sort((a, b) => b.gzip - a.gzip),
    pages,
    board,
    boardEnglish,
    boardLazy: boardLazy.sort((a, b) => b.gzip - a.gzip),
  };
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

export function printBundle(report: BundleReport): void {
  const gz = new Map(report.chunks.map((c) => [c.file, c.gzip]));
  console.log('\nProduction bundle (client/dist/assets, gzip via node:zlib; kB = 1,024 bytes)');
  console.log(`${'chunk'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
  for (const c of report.chunks)
    console.log(`${c.file.padEnd(44)} ${kb(c.raw).padStart(10)} ${kb(c.gzip).padStart(10)}`);
  console.log(`initial JS (index.html + static imports): ${kb(report.initialRaw)} raw, ${kb(report.initialGzip)} gzip`);
  console.log(`  files: ${report.initial.join(', ')}`);
  for (const [name, page] of Object.entries(report.pages)) {
    console.log(`${name} page (initial + route chunk + Dutch): ${kb(page.raw)} raw, ${kb(page.gzip)} gzip`);
  }
  if (!report.board) {
    console.log('board page: no BoardPage-*.js chunk found');
    return;
  }
  const files = [...report.board.files].sort((a, b) => (gz.get(b) ?? 0) - (gz.get(a) ?? 0));
  const verdict = report.board.gzip / 1024 <= BOARD_BUDGET_KB ? 'within' : 'OVER';
  console.log(
    `\nInitial JS of a board page: ${kb(report.board.gzip)} gzip in ${files.length} files ` +
      `(${verdict} the ${BOARD_BUDGET_KB} kB budget)`,
  );
  for (const f of files) console.log(`  ${f.padEnd(42)} ${kb(gz.get(f) ?? 0).padStart(10)}`);
  if (report.boardEnglish) console.log(`The same in English: ${kb(report.boardEnglish.gzip)} gzip`);
  console.log('On demand in a board (gzip added to the board page):');
  for (const l of report.boardLazy) console.log(`  ${l.entry.padEnd(42)} ${`+${kb(l.gzip)}`.padStart(10)}`);
}

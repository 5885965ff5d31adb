/**
 * Reading exported documents back for the tests: a PDF through poppler-utils (pdftotext,
 * pdfinfo, pdfimages, pdffonts), a DOCX by unzipping it and reading word/document.xml.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** Whitespace folded, and the joiners/selectors a monochrome emoji font does not draw. */
export const flat = (s: string) =>
  s
    .replace(/[\u200d\ufe0f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function run(command: string, args: string[]): string {
  const out = spawnSync(command, args, { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`${command} failed: ${out.stderr}`);
  return out.stdout;
}

export interface PdfFacts {
  file: string;
  /** The whole text, whitespace folded. */
  text: string;
  pages: number;
  fonts: string;
  /** Each page's text, whitespace folded (index 0 is page 1). */
  pageTexts: string[];
  /** Each page's size in points. */
  pageSizes: { width: number; height: number }[];
  /** Each page's text with its physical layout kept (`pdftotext -layout`: columns as runs of spaces). */
  layout: string[];
  /** Each page's layout lines, trimmed, whitespace folded, empty ones left out: a table row is one line. */
  lines: string[][];
}

export function pdfFacts(body: Buffer): PdfFacts {
  const file = join(mkdtempSync(join(tmpdir(), 'plg-pdf-')), 'export.pdf');
  writeFileSync(file, body);
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
  const sizes = run('pdfinfo', ['-f', '1', '-l', String(pages), file]);
  const pageSizes = [...sizes.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  // pdftotext ends every page with a form feed.
  const pageTexts = run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f').slice(0, pages).map(flat);
  const layout = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).split('\f').slice(0, pages);
  const lines = layout.map((page) => page.split('\n').map(flat).filter(Boolean));
  return {
    file,
    text: flat(pageTexts.join(' ')),
    pages,
    fonts: run('pdffonts', [file]),
    pageTexts,
    pageSizes,
    layout,
    lines,
  };
}

/** The raster images in a PDF (`pdfimages -list` rows without its two header lines). */
export function pdfImages(file: string): string[] {
  return run('pdfimages', ['-list', file]).split('\n').slice(2).filter(Boolean);
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A paragraph's text: its runs' text, `<w:br/>` as a new line. */
function paragraphText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[0] === '<w:br/>' ? '\n' : unescapeXml(m[1] ?? '')))
    .join('');
}

export interface DocxContent {
  xml: string;
  /** word/styles.xml */
  styles: string;
  /** The SVG drawings embedded under word/media/. */
  svgs: string[];
  /** Every paragraph's text, in document order (table cells included). */
  paragraphs: string[];
  /** The styled paragraphs (Title, Heading1, Heading2) as "Style: text", in document order. */
  outline: string[];
  /** Every table as rows of cell texts (a cell's paragraphs joined by new lines). */
  tables: string[][][];
}

export function readDocx(body: Buffer): DocxContent {
  const files = unzipSync(new Uint8Array(body));
  const xml = strFromU8(files['word/document.xml'] as Uint8Array);
  const paragraphXml = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
  const outline = paragraphXml.flatMap((p) => {
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1];
    return style ? [`${style}: ${paragraphText(p)}`] : [];
  });
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((tbl) =>
    [...tbl[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) =>
        [...tc[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => paragraphText(p[0])).join('\n'),
      ),
    ),
  );
  return {
    xml,
    styles: strFromU8(files['word/styles.xml'] as Uint8Array),
    svgs: Object.entries(files)
      .filter(([name]) => name.startsWith('word/media/') && name.endsWith('.svg'))
      .map(([, data]) => strFromU8(data)),
    paragraphs: paragraphXml.map(paragraphText),
    outline,
    tables,
  };
}

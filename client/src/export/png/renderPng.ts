/**
 * Renders a PngScene to a PNG in the browser with Konva at print resolution: 2 device pixels
 * per board unit (sharp text), whatever the board's size. The image is drawn band by band on
 * one offscreen Konva SceneCanvas and streamed through a PNG encoder, so no canvas larger than
 * a band is needed; each band is read back and encoded a few rows at a time. All of it runs in
 * short time slices, with the page painting between them (the Slicer), and stops when its signal
 * is aborted. Without CompressionStream (old browsers) it falls back to one canvas and
 * canvas.toBlob, at a lower ratio if the board would not fit a canvas.
 */
import { SceneCanvas } from 'konva/lib/Canvas';
import { Util } from 'konva/lib/Util';
import { drawBand, HEADER } from './drawBand';
import { canStreamPng, PngStream } from './pngEncoder';
import type { PngScene } from './pngScene';
import { Slicer } from './slicer';

/** Print resolution: device pixels per board unit. */
export const PRINT_RATIO = 2;
/** Longest side of an image, px (what common image viewers still open). */
const MAX_SIDE = 32_767;
/** Pixels in one band (16 MB of RGBA); notes that cross a band's edge are drawn in both. */
const BAND_PIXELS = 4_000_000;
/** RGBA bytes read back and handed to the encoder at once (one short piece of work). */
const CHUNK_BYTES = 512 * 1024;
/** Share of a band's time spent drawing (the rest: read back and deflate), for the progress. */
const DRAW_SHARE = 0.4;
/** Largest single canvas for the fallback (what every browser can encode). */
const FALLBACK_PIXELS = 16_000_000;

type Progress = (done: number) => void;

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
  ratio: number;
}

/** The pixel ratio for an image of width×height board units: 2, or less if it would not fit. */
export function pngRatio(width: number, height: number, maxPixels = Number.POSITIVE_INFINITY): number {
  const fit = Math.min(PRINT_RATIO, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(maxPixels / (width * height)));
  return Math.max(0.1, Math.floor(fit * 100) / 100);
}

// Every pixel is read back: a canvas kept in memory, not on the GPU, makes that cheap.
const newCanvas = (width: number, height: number) =>
  new SceneCanvas({ width, height, pixelRatio: 1, willReadFrequently: true });

function clearWhite(canvas: SceneCanvas, rows: number): CanvasRenderingContext2D {
  const ctx = canvas.getContext()._context;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, rows);
  return ctx;
}

async function streamed(scene: PngScene, at: number, slicer: Slicer, onProgress: Progress): Promise<PngResult> {
  const ratio = pngRatio(scene.region.width, scene.region.height + HEADER);
  const width = Math.round(scene.region.width * ratio);
  const height = Math.round((scene.region.height + HEADER) * ratio);
  const bandRows = Math.max(16, Math.min(2048, Math.floor(BAND_PIXELS / width)));
  const chunkRows = Math.max(1, Math.floor(CHUNK_BYTES / (width * 4)));
  const png = new PngStream(width, height);
  const canvas = newCanvas(width, bandRows);
  try {
    for (let top = 0; top < height; top += bandRows) {
      const rows = Math.min(bandRows, height - top);
      const ctx = clearWhite(canvas, rows);
      await drawBand(canvas, scene, ratio, { top, rows }, at, slicer, (d) =>
        onProgress((top + d * DRAW_SHARE * rows) / height),
      );
      for (let y = 0; y < rows; y += chunkRows) {
        await slicer.maybeYield();
        const n = Math.min(chunkRows, rows - y);
        await png.write(ctx.getImageData(0, y, width, n).data, n);
        onProgress((top + DRAW_SHARE * rows + (1 - DRAW_SHARE) * (y + n)) / height);
      }
    }
    await slicer.maybeYield();
    return { blob: await png.finish(), width, height, ratio };
  } catch (error) {
    png.abort(error);
    throw error;
  } finally {
    Util.releaseCanvas(canvas._canvas);
  }
}

async function single(scene: PngScene, at: number, slicer: Slicer, onProgress: Progress): Promise<PngResult> {
  const ratio = pngRatio(scene.region.width, scene.region.height + HEADER, FALLBACK_PIXELS);
  const width = Math.round(scene.region.width * ratio);
  const height = Math.round((scene.region.height + HEADER) * ratio);
  const canvas = newCanvas(width, height);
  let blob: Blob | null;
  try {
    clearWhite(canvas, height);
    await drawBand(canvas, scene, ratio, { top: 0, rows: height }, at, slicer, onProgress);
    blob = await new Promise<Blob | null>((resolve) => canvas._canvas.toBlob(resolve, 'image/png'));
  } finally {
    Util.releaseCanvas(canvas._canvas);
  }
  slicer.signal?.throwIfAborted();
  if (!blob) throw new Error('the browser could not encode the image');
  return { blob, width, height, ratio };
}

/** Renders `scene`; `onProgress` gets the share done (0–1). Rejects with the abort reason when cancelled. */
export function renderPng(
  scene: PngScene,
  onProgress: Progress = () => {},
  at = Date.now(),
  signal?: AbortSignal,
): Promise<PngResult> {
  const slicer = new Slicer(signal);
  return canStreamPng() ? streamed(scene, at, slicer, onProgress) : single(scene, at, slicer, onProgress);
}

/**
 * Renders a PngScene to a PNG in the browser with Konva at print resolution: 2 device pixels
 * per board unit (sharp text), whatever the board's size. The image is drawn band by band on
 * one offscreen Konva SceneCanvas and streamed through a PNG encoder, so no canvas larger than
 * a band is needed. Without CompressionStream (old browsers) it falls back to one canvas and
 * canvas.toBlob, at a lower ratio if the board would not fit a canvas.
 */
import { SceneCanvas } from 'konva/lib/Canvas';
import { Util } from 'konva/lib/Util';
import { drawBand, HEADER } from './drawBand';
import { canStreamPng, PngStream } from './pngEncoder';
import type { PngScene } from './pngScene';

/** Print resolution: device pixels per board unit. */
export const PRINT_RATIO = 2;
/** Longest side of an image, px (what common image viewers still open). */
const MAX_SIDE = 32_767;
/** Pixels in one band (8 MB of RGBA): each band is one short task (read back, then encoded). */
const BAND_PIXELS = 2_000_000;
/** Largest single canvas for the fallback (what every browser can encode). */
const FALLBACK_PIXELS = 16_000_000;

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

const newCanvas = (width: number, height: number) => new SceneCanvas({ width, height, pixelRatio: 1 });

function clearWhite(canvas: SceneCanvas, rows: number): CanvasRenderingContext2D {
  const ctx = canvas.getContext()._context;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, rows);
  return ctx;
}

async function streamed(scene: PngScene, at: number, onProgress: (done: number) => void): Promise<PngResult> {
  const ratio = pngRatio(scene.region.width, scene.region.height + HEADER);
  const width = Math.round(scene.region.width * ratio);
  const height = Math.round((scene.region.height + HEADER) * ratio);
  const bandRows = Math.max(16, Math.min(2048, Math.floor(BAND_PIXELS / width)));
  const png = new PngStream(width, height);
  const canvas = newCanvas(width, bandRows);
  try {
    for (let top = 0; top < height; top += bandRows) {
      const rows = Math.min(bandRows, height - top);
      const ctx = clearWhite(canvas, rows);
      await drawBand(canvas, scene, ratio, { top, rows }, at, (d) => onProgress((top + d * rows) / height));
      await png.write(ctx.getImageData(0, 0, width, rows).data, rows);
    }
  } finally {
    Util.releaseCanvas(canvas._canvas);
  }
  return { blob: await png.finish(), width, height, ratio };
}

async function single(scene: PngScene, at: number, onProgress: (done: number) => void): Promise<PngResult> {
  const ratio = pngRatio(scene.region.width, scene.region.height + HEADER, FALLBACK_PIXELS);
  const width = Math.round(scene.region.width * ratio);
  const height = Math.round((scene.region.height + HEADER) * ratio);
  const canvas = newCanvas(width, height);
  clearWhite(canvas, height);
  await drawBand(canvas, scene, ratio, { top: 0, rows: height }, at, onProgress);
  const blob = await new Promise<Blob | null>((resolve) => canvas._canvas.toBlob(resolve, 'image/png'));
  Util.releaseCanvas(canvas._canvas);
  if (!blob) throw new Error('the browser could not encode the image');
  return { blob, width, height, ratio };
}

export function renderPng(
  scene: PngScene,
  onProgress: (done: number) => void = () => {},
  at = Date.now(),
): Promise<PngResult> {
  return canStreamPng() ? streamed(scene, at, onProgress) : single(scene, at, onProgress);
}

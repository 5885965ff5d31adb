/**
 * The PNG exports: the whole board as one image, or one image per area zone, drawn from the
 * document (not a screenshot of the view) and downloaded one by one. A cancelled export (the
 * signal) stops before its next download.
 */
import { type Lang, readBoard } from '@plg/shared';
import type * as Y from 'yjs';
import { exportFileName } from '../fileName';
import type { ImageFormat } from '../formats';
import { saveBlob } from '../saveBlob';
import { boardScene, zoneScenes } from './pngScene';
import { renderPng } from './renderPng';

export class NoZonesError extends Error {}

export interface ImagesResult {
  files: string[];
  /** The smallest pixel ratio used (2 unless a board was too large for that). */
  ratio: number;
}

export async function exportImages(
  doc: Y.Doc,
  format: ImageFormat,
  lang: Lang,
  onProgress: (done: number) => void,
  signal?: AbortSignal,
): Promise<ImagesResult> {
  const snapshot = readBoard(doc);
  const at = Date.now();
  const scenes = format === 'png' ? [boardScene(snapshot, lang)] : zoneScenes(snapshot, lang);
  if (scenes.length === 0) throw new NoZonesError('no area zones');
  const files: string[] = [];
  let ratio = Number.POSITIVE_INFINITY;
  for (const [i, scene] of scenes.entries()) {
    const result = await renderPng(scene, (d) => onProgress((i + d) / scenes.length), at, signal);
    signal?.throwIfAborted();
    const name = exportFileName(scene.title, at, 'png', scene.part ?? undefined);
    saveBlob(result.blob, name);
    files.push(name);
    ratio = Math.min(ratio, result.ratio);
  }
  return { files, ratio };
}

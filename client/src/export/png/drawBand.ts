/**
 * Draws one horizontal band of a PngScene into a Konva SceneCanvas (device pixels, ratio applied
 * by a scaled root group): the title band, zones (Konva shapes with paintZone), group frames
 * (plain Konva Rect and Text) and the notes (Konva shapes with paintNote), only what meets the
 * band. Notes are drawn in time slices (the Slicer), with a frame for the page between them.
 */
import type { SceneCanvas } from 'konva/lib/Canvas';
import { Group } from 'konva/lib/Group';
import { Shape } from 'konva/lib/Shape';
import { Rect } from 'konva/lib/shapes/Rect';
import { Text } from 'konva/lib/shapes/Text';
import { NOTE_PAINT_MARGIN, paintNote } from '../../canvas/draw/paintNote';
import { paintZone } from '../../canvas/draw/paintZone';
import type { Box } from '../../canvas/viewport';
import { darken, ZONE_STYLE } from '../../canvas/zoneStyle';
import { isoDay } from '../fileName';
import type { GroupFrame, PngScene } from './pngScene';
import type { Slicer } from './slicer';

/** Height of the title band above the board, board units. */
export const HEADER = 130;
/** How far a zone's paint reaches outside its box (the centre's shadow), board units. */
const ZONE_MARGIN = 60;

function header(scene: PngScene, at: number): Group {
  const group = new Group({ x: scene.region.x + 24, y: scene.region.y - HEADER + 20 });
  const title = scene.part ? `${scene.title} — ${scene.part}` : scene.title;
  const fontFamily = ZONE_STYLE.fontFamily;
  group.add(new Text({ text: title, fontSize: 56, fontStyle: 'bold', fontFamily, fill: ZONE_STYLE.labelColor }));
  group.add(new Text({ y: 70, text: isoDay(at), fontSize: 26, fontFamily, fill: ZONE_STYLE.descriptionColor }));
  return group;
}

function groupFrame(frame: GroupFrame): Group {
  const { box } = frame;
  const group = new Group({ x: box.x, y: box.y });
  group.add(
    new Rect({
      width: box.width,
      height: box.height,
      cornerRadius: 18,
      fill: `${frame.color}22`,
      stroke: darken(frame.color, 0.15),
      strokeWidth: 4,
      dash: [18, 10],
    }),
  );
  if (frame.label)
    group.add(
      new Text({
        y: -36,
        text: frame.label,
        fontSize: 26,
        fontStyle: 'bold',
        fontFamily: ZONE_STYLE.fontFamily,
        fill: darken(frame.color, 0.45),
      }),
    );
  return group;
}

const meets = (box: Box, y0: number, y1: number, margin: number) =>
  box.y - margin < y1 && box.y + box.height + margin > y0;

/**
 * Draws the rows [top, top + rows) of the image (device pixels) at `ratio` device pixels per
 * board unit; `onProgress` gets the share of this band's notes drawn. Throws when the slicer's
 * signal is aborted.
 */
export async function drawBand(
  canvas: SceneCanvas,
  scene: PngScene,
  ratio: number,
  band: { top: number; rows: number },
  at: number,
  slicer: Slicer,
  onProgress: (done: number) => void,
): Promise<void> {
  const { region } = scene;
  // Board units of this band.
  const y0 = region.y - HEADER + band.top / ratio;
  const y1 = y0 + band.rows / ratio;
  const root = () =>
    new Group({ x: -region.x * ratio, y: -y0 * ratio, scaleX: ratio, scaleY: ratio, listening: false });
  const draw = (build: (group: Group) => void) => {
    const group = root();
    build(group);
    group.drawScene(canvas);
    group.destroy();
  };
  draw((g) => {
    for (const { zone, text } of scene.zones)
      if (meets(zone, y0, y1, ZONE_MARGIN))
        g.add(new Shape({ sceneFunc: (c) => paintZone(c._context, zone, text, ratio), listening: false }));
    for (const frame of scene.groups) if (meets(frame.box, y0, y1, 40)) g.add(groupFrame(frame));
    if (y0 < region.y) g.add(header(scene, at));
  });
  const notes = scene.notes.filter((n) => meets(n, y0, y1, NOTE_PAINT_MARGIN));
  let done = 0;
  while (done < notes.length) {
    await slicer.maybeYield();
    const group = root();
    // At least one note per slice, so a slow note cannot stall the loop.
    do {
      const note = notes[done++]!;
      const shape = new Shape({
        x: note.x,
        y: note.y,
        listening: false,
        sceneFunc: (c) => paintNote(c._context, note, 0, 0, { scale: ratio, shadow: 'soft' }),
      });
      group.add(shape);
      // Drawn as it is made, so the time slice measures the real work.
      shape.drawScene(canvas);
    } while (done < notes.length && !slicer.due());
    group.destroy();
    onProgress(done / notes.length);
  }
  onProgress(1);
}

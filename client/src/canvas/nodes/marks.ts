/**
 * The overlay's marks as Konva attributes: note outlines (selection, keyboard focus, someone
 * else typing), the rubber-band rectangle while selecting with a drag, the corner handle of a
 * single selected note, and the "… is typing" tag.
 */
import type { Note } from '@plg/shared';
import type FullKonva from 'konva';
import type { RectConfig } from 'konva/lib/shapes/Rect';
import type { Rect as RectShape } from '../../stores/gestureSlice';
import Konva from '../konvaNodes';

export const HANDLE_PX = 16;

type Box = Pick<Note, 'x' | 'y' | 'width' | 'height'>;

export function outlineAttrs(box: Box, color: string, width: number, dash?: number[]): RectConfig {
  return {
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    stroke: color,
    strokeWidth: width,
    strokeScaleEnabled: false,
    cornerRadius: 6,
    dash,
    listening: false,
  };
}

/** The rubber-band rectangle while selecting with a drag. */
export function selectionBoxAttrs(rect: RectShape): RectConfig {
  return {
    ...rect,
    fill: 'rgba(37,99,235,0.08)',
    stroke: '#2563eb',
    strokeWidth: 1.5,
    strokeScaleEnabled: false,
    dash: [6, 4],
    listening: false,
  };
}

/** The corner handle of a single selected note; the select tool hit-tests it by name. */
export function resizeHandleAttrs(noteId: string, x: number, y: number, zoom: number): RectConfig {
  const size = HANDLE_PX / zoom;
  return {
    name: 'resize-handle',
    noteId,
    x: x - size / 2,
    y: y - size / 2,
    width: size,
    height: size,
    cornerRadius: 3 / zoom,
    fill: '#ffffff',
    stroke: '#2563eb',
    strokeWidth: 2,
    strokeScaleEnabled: false,
    hitStrokeWidth: 12,
  };
}

/** Someone else typing in a note: an outline in their colour and a tag with their name. */
export function makeEditingMark(): FullKonva.Group {
  const group = new Konva.Group({ listening: false });
  const label = new Konva.Label({ offsetY: 26 });
  label.add(new Konva.Tag({ cornerRadius: 4 }));
  label.add(new Konva.Text({ fontSize: 13, padding: 5, fill: '#fff', fontStyle: '600' }));
  group.add(new Konva.Rect(), label);
  return group;
}

export function setEditingMark(group: FullKonva.Group, note: Box, color: string, text: string, zoom: number): void {
  const [outline, label] = group.getChildren() as [FullKonva.Rect, FullKonva.Label];
  outline.setAttrs(outlineAttrs(note, color, 3));
  label.setAttrs({ x: note.x, y: note.y, scaleX: 1 / zoom, scaleY: 1 / zoom });
  label.getTag().fill(color);
  label.getText().text(text);
}

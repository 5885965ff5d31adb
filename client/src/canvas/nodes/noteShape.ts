/**
 * One sticky note as a Konva shape, for notes in motion (the drag layer): painted by the same
 * paintNote as the tiles and the PNG export, so a note does not change look when picked up.
 */
import type { Note } from '@plg/shared';
import type Konva from 'konva';
import type { ShapeConfig } from 'konva/lib/Shape';
import { type NoteShadow, paintNote } from '../draw/paintNote';

export interface NoteShapeProps {
  note: Note;
  /** Offset while dragged (board units). */
  dx?: number;
  dy?: number;
  /** Size override while resized. */
  width?: number;
  height?: number;
  /** The text is being edited in the overlay textarea. */
  hideText?: boolean;
  shadow?: NoteShadow;
}

type Paints = Required<Omit<NoteShapeProps, 'dx' | 'dy'>>;

/** What each shape paints now, so that its sceneFunc (and its picture) changes only with it. */
const painted = new WeakMap<Konva.Shape, Paints>();

/** Sets a note shape's attributes for these props. */
export function setNoteShape(
  shape: Konva.Shape,
  {
    note,
    dx = 0,
    dy = 0,
    width = note.width,
    height = note.height,
    hideText = false,
    shadow = 'lifted',
  }: NoteShapeProps,
): void {
  const was = painted.get(shape);
  const unchanged =
    was &&
    was.note === note &&
    was.width === width &&
    was.height === height &&
    was.hideText === hideText &&
    was.shadow === shadow;
  const attrs: ShapeConfig = {
    id: note.id,
    name: 'note',
    x: note.x + dx,
    y: note.y + dy,
    width,
    height,
    listening: false,
    perfectDrawEnabled: false,
  };
  if (!unchanged) {
    painted.set(shape, { note, width, height, hideText, shadow });
    attrs.sceneFunc = (context: Konva.Context, self: Konva.Shape) => {
      const ratio = self.getLayer()?.getCanvas().getPixelRatio() ?? 1;
      const scale = self.getAbsoluteScale().x * ratio;
      paintNote(context._context, note, 0, 0, { scale, width, height, hideText, shadow });
    };
  }
  shape.setAttrs(attrs);
}

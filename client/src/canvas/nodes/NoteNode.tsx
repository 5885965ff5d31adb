/**
 * One sticky note as a Konva shape, for notes in motion (the drag layer): painted by the same
 * paintNote as the tiles and the PNG export, so a note does not change look when picked up.
 */
import type { Note } from '@plg/shared';
import type Konva from 'konva';
import { memo, useCallback } from 'react';
import { Shape } from 'react-konva/lib/ReactKonvaCore';
import { type NoteShadow, paintNote } from '../draw/paintNote';

interface Props {
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

export const NoteNode = memo(function NoteNode({
  note,
  dx = 0,
  dy = 0,
  width = note.width,
  height = note.height,
  hideText = false,
  shadow = 'lifted',
}: Props) {
  const sceneFunc = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      const ratio = shape.getLayer()?.getCanvas().getPixelRatio() ?? 1;
      const scale = shape.getAbsoluteScale().x * ratio;
      paintNote(context._context, note, 0, 0, { scale, width, height, hideText, shadow });
    },
    [note, width, height, hideText, shadow],
  );
  return (
    <Shape
      id={note.id}
      name="note"
      x={note.x + dx}
      y={note.y + dy}
      width={width}
      height={height}
      sceneFunc={sceneFunc}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
});

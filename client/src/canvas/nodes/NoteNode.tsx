/**
 * One sticky note on the canvas: a coloured card with its text laid out by fitText (shrunk to
 * fit). Memoised on the note object, which the NotesIndex only replaces when it changed.
 */
import type { Note } from '@plg/shared';
import type Konva from 'konva';
import { memo, useEffect, useMemo, useRef } from 'react';
import { Group, Rect, Text } from 'react-konva';
import { fitText } from '../fitText';
import { noteMeasure } from '../measureText';
import { NOTE_STYLE } from '../noteStyle';

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
  /** Level of detail: text smaller than this (board units) is not drawn, it could not be read. */
  minFont?: number;
  shadow?: boolean;
  listening?: boolean;
  /**
   * When set, the note is drawn once into a bitmap at this pixel ratio and blitted after that
   * (many notes in view: one drawImage each instead of text layout per frame).
   */
  cacheRatio?: number;
}

export const NoteNode = memo(function NoteNode({
  note,
  dx = 0,
  dy = 0,
  width = note.width,
  height = note.height,
  hideText = false,
  minFont = 0,
  shadow = true,
  listening = true,
  cacheRatio,
}: Props) {
  const group = useRef<Konva.Group>(null);
  const layout = useMemo(
    () => fitText(note.text, width, height, noteMeasure(), NOTE_STYLE),
    [note.text, width, height],
  );
  const showText = layout.fontSize >= minFont;
  // Re-draw the bitmap whenever what it shows changes (not when the note only moves).
  // biome-ignore lint/correctness/useExhaustiveDependencies: these change the drawn pixels
  useEffect(() => {
    const node = group.current;
    if (!node) return;
    if (cacheRatio) node.cache({ pixelRatio: cacheRatio, offset: 2 });
    else if (node.isCached()) node.clearCache();
  }, [cacheRatio, layout, width, height, note.color, hideText, showText, shadow]);
  const { padding } = NOTE_STYLE;
  return (
    <Group ref={group} id={note.id} name="note" x={note.x + dx} y={note.y + dy} listening={listening}>
      <Rect
        width={width}
        height={height}
        fill={note.color}
        cornerRadius={NOTE_STYLE.cornerRadius}
        stroke="rgba(0,0,0,0.10)"
        strokeWidth={1}
        shadowEnabled={shadow}
        shadowColor="rgba(0,0,0,0.22)"
        shadowBlur={8}
        shadowOffsetY={3}
        shadowForStrokeEnabled={false}
        perfectDrawEnabled={false}
      />
      {showText && !hideText && (
        <Text
          x={padding}
          y={padding}
          width={width - padding * 2}
          height={height - padding * 2}
          text={layout.lines.join('\n')}
          fontSize={layout.fontSize}
          fontFamily={NOTE_STYLE.fontFamily}
          fontStyle={NOTE_STYLE.fontWeight}
          lineHeight={NOTE_STYLE.lineHeight}
          fill={NOTE_STYLE.textColor}
          align="center"
          verticalAlign="middle"
          wrap="none"
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
});

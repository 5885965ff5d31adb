/**
 * Another person's cursor: an arrow and a name tag in their colour, drawn at a constant screen
 * size. Its position is set imperatively by RemoteCursors (interpolated each frame).
 */
import type Konva from 'konva';
import type { Context } from 'konva/lib/Context';
import { forwardRef } from 'react';
import { Group, Label, Shape, Tag, Text } from 'react-konva/lib/ReactKonvaCore';

/** The arrow's outline (the SVG path `M0 0 L0 20 L5.5 15 L9.5 23.5 L13 22 L9 13.5 L16 13.5 Z`). */
const ARROW = [0, 0, 0, 20, 5.5, 15, 9.5, 23.5, 13, 22, 9, 13.5, 16, 13.5] as const;

/**
 * Draws the arrow as Konva's Path would, without Konva's Path (and its SVG parser) in the
 * board's first download.
 */
function drawArrow(ctx: Context, shape: Konva.Shape): void {
  ctx.beginPath();
  ctx.moveTo(ARROW[0], ARROW[1]);
  for (let i = 2; i < ARROW.length; i += 2) ctx.lineTo(ARROW[i] as number, ARROW[i + 1] as number);
  ctx.closePath();
  ctx.fillStrokeShape(shape);
}

interface Props {
  name: string;
  color: string;
  scale: number;
}

export const RemoteCursor = forwardRef<Konva.Group, Props>(function RemoteCursor({ name, color, scale }, ref) {
  return (
    <Group ref={ref} name="remote-cursor" scaleX={scale} scaleY={scale} listening={false}>
      <Shape
        sceneFunc={drawArrow}
        fill={color}
        stroke="#ffffff"
        strokeWidth={1.5}
        shadowColor="rgba(0,0,0,0.3)"
        shadowBlur={3}
        shadowOffsetY={1}
      />
      <Label x={14} y={22}>
        <Tag fill={color} cornerRadius={6} />
        <Text text={name} fontSize={14} fontStyle="600" padding={5} fill="#ffffff" fontFamily="system-ui, sans-serif" />
      </Label>
    </Group>
  );
});

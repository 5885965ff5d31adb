/**
 * Another person's cursor: an arrow and a name tag in their colour, drawn at a constant screen
 * size. Its position is set imperatively by RemoteCursors (interpolated each frame).
 */
import type Konva from 'konva';
import { forwardRef } from 'react';
import { Group, Label, Path, Tag, Text } from 'react-konva/lib/ReactKonvaCore';

interface Props {
  name: string;
  color: string;
  scale: number;
}

export const RemoteCursor = forwardRef<Konva.Group, Props>(function RemoteCursor({ name, color, scale }, ref) {
  return (
    <Group ref={ref} scaleX={scale} scaleY={scale} listening={false}>
      <Path
        data="M0 0 L0 20 L5.5 15 L9.5 23.5 L13 22 L9 13.5 L16 13.5 Z"
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

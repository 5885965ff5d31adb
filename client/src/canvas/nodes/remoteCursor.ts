/**
 * Another person's cursor: an arrow and a name tag in their colour, drawn at a constant screen
 * size. Its position is set imperatively by RemoteCursors (interpolated each frame).
 */
import type FullKonva from 'konva';
import Konva from '../konvaNodes';

export function makeRemoteCursor(): FullKonva.Group {
  const group = new Konva.Group({ listening: false });
  const arrow = new Konva.Path({
    data: 'M0 0 L0 20 L5.5 15 L9.5 23.5 L13 22 L9 13.5 L16 13.5 Z',
    stroke: '#ffffff',
    strokeWidth: 1.5,
    shadowColor: 'rgba(0,0,0,0.3)',
    shadowBlur: 3,
    shadowOffsetY: 1,
  });
  const label = new Konva.Label({ x: 14, y: 22 });
  label.add(new Konva.Tag({ cornerRadius: 6 }));
  label.add(
    new Konva.Text({
      fontSize: 14,
      fontStyle: '600',
      padding: 5,
      fill: '#ffffff',
      fontFamily: 'system-ui, sans-serif',
    }),
  );
  group.add(arrow, label);
  return group;
}

export function setRemoteCursor(group: FullKonva.Group, name: string, color: string, scale: number): void {
  const [arrow, label] = group.getChildren() as [FullKonva.Path, FullKonva.Label];
  group.scale({ x: scale, y: scale });
  arrow.fill(color);
  label.getTag().fill(color);
  label.getText().text(name);
}

/** The corner handle of a single selected note; the select tool hit-tests it by name. */
import { Rect } from 'react-konva/lib/ReactKonvaCore';

export const HANDLE_PX = 16;

export function ResizeHandle({ noteId, x, y, zoom }: { noteId: string; x: number; y: number; zoom: number }) {
  const size = HANDLE_PX / zoom;
  return (
    <Rect
      name="resize-handle"
      noteId={noteId}
      x={x - size / 2}
      y={y - size / 2}
      width={size}
      height={size}
      cornerRadius={3 / zoom}
      fill="#ffffff"
      stroke="#2563eb"
      strokeWidth={2}
      strokeScaleEnabled={false}
      hitStrokeWidth={12}
    />
  );
}

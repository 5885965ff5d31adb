/** The rubber-band rectangle while selecting with a drag. */
import { Rect } from 'react-konva/lib/ReactKonvaCore';
import type { Rect as RectShape } from '../../stores/gestureSlice';

export function SelectionBox({ rect }: { rect: RectShape }) {
  return (
    <Rect
      {...rect}
      fill="rgba(37,99,235,0.08)"
      stroke="#2563eb"
      strokeWidth={1.5}
      strokeScaleEnabled={false}
      dash={[6, 4]}
      listening={false}
    />
  );
}

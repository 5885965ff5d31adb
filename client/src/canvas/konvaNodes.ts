/**
 * Konva's core and only the shapes the app draws (rectangles, text, labels), so that the
 * board chunk does not carry Konva's other shapes and filters. Import Konva from here, and
 * react-konva's components from 'react-konva/lib/ReactKonvaCore'.
 */
import type FullKonva from 'konva';
import Konva from 'konva/lib/Core';
import 'konva/lib/shapes/Label';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';

/** Typed as the full namespace: the shapes above register themselves on it. */
export default Konva as typeof FullKonva;

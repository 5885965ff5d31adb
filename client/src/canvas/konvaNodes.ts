/**
 * The parts of Konva the canvas uses: the stage, layers, groups and the shapes it draws
 * (rectangles, text, labels, paths), so that the board does not carry Konva's other shapes,
 * filters, tweens and animations (Konva's own "core" has the last two). Import Konva from here
 * (the layers make their nodes themselves, see konvaTree.ts).
 */
import type FullKonva from 'konva';
import { Konva as Global } from 'konva/lib/Global';
import 'konva/lib/Group';
import 'konva/lib/Layer';
import 'konva/lib/shapes/Label';
import 'konva/lib/shapes/Path';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';
import { Stage, stages } from 'konva/lib/Stage';

// The modules above register their classes on Konva's global namespace (window.Konva); the stage
// and the list of stages (which tests read) are added the way Konva's core adds them.
Object.assign(Global, { Stage, stages });

type Used = 'Stage' | 'stages' | 'Layer' | 'Group' | 'Shape' | 'Rect' | 'Text' | 'Label' | 'Tag' | 'Path';

export default Global as unknown as Pick<typeof FullKonva, Used | 'legacyTextRendering'>;

/** Zoom actions: in and out by steps about the view centre, to fit, and to 100%. */
import { boundsOf, zonesOf } from '@plg/shared';
import { fitBounds, stepZoom, zoomAt } from '../../canvas/viewport';
import { readZones } from '../../sync/useYMap';
import { registerAction } from '../registry';
import type { ActionContext } from '../types';

const centre = (ctx: ActionContext) => ({ x: ctx.ui.stageSize.width / 2, y: ctx.ui.stageSize.height / 2 });

export const zoomIn = registerAction({
  id: 'zoomIn',
  labelKey: 'actions.zoomIn',
  kbd: [
    { key: '+', anyShift: true },
    { key: '=', anyShift: true },
  ],
  predicate: () => true,
  perform: (ctx) => ctx.ui.setViewport(zoomAt(ctx.ui.viewport, centre(ctx), stepZoom(ctx.ui.viewport.zoom, 1))),
});

export const zoomOut = registerAction({
  id: 'zoomOut',
  labelKey: 'actions.zoomOut',
  kbd: [
    { key: '-', anyShift: true },
    { key: '_', anyShift: true },
  ],
  predicate: () => true,
  perform: (ctx) => ctx.ui.setViewport(zoomAt(ctx.ui.viewport, centre(ctx), stepZoom(ctx.ui.viewport.zoom, -1))),
});

export const zoomToFit = registerAction({
  id: 'zoomToFit',
  labelKey: 'actions.zoomToFit',
  kbd: [
    { key: '!', shift: true },
    { key: '1', shift: true },
  ],
  predicate: () => true,
  perform: (ctx) => {
    const box = boundsOf([...readZones(zonesOf(ctx.rt.doc)), ...ctx.rt.notes.getSnapshot().ordered]);
    if (box) ctx.ui.setViewport(fitBounds(box, ctx.ui.stageSize));
  },
});

export const zoomReset = registerAction({
  id: 'zoomReset',
  labelKey: 'actions.zoomReset',
  kbd: [{ key: '0', mod: true }],
  predicate: () => true,
  perform: (ctx) => ctx.ui.setViewport(zoomAt(ctx.ui.viewport, centre(ctx), 1)),
});

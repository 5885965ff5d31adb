// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { followerView, publishedView, summonView } from './followView';

describe('following the facilitator', () => {
  it('shows a follower the same board rectangle the facilitator sees, whatever their screen', () => {
    // The facilitator at 1920×1080, zoom 0.5, looking at board (1000, 400)…(4840, 2560).
    const view = publishedView({ x: -500, y: -200, zoom: 0.5 }, { width: 1920, height: 1080 });
    expect(view).toEqual({ x: 1000, y: 400, width: 3840, height: 2160, zoom: 0.5 });
    // A laptop of the same shape at half the width sees the same rectangle at half the zoom.
    const laptop = followerView(view!, { width: 960, height: 540 });
    expect(laptop.zoom).toBeCloseTo(0.25);
    expect(laptop.x).toBeCloseTo(-250);
    // A phone in portrait fits the whole width, centred vertically.
    const phone = followerView(view!, { width: 390, height: 700 });
    const centreY = (700 / 2 - phone.y) / phone.zoom;
    expect(phone.zoom).toBeCloseTo(390 / 3840);
    expect(centreY).toBeCloseTo(400 + 2160 / 2);
    expect(publishedView({ x: 0, y: 0, zoom: 1 }, { width: 0, height: 0 })).toBeNull();
  });

  it('brings everyone to the summoned point', () => {
    expect(summonView({ x: 100, y: 50, zoom: 2 }, { width: 800, height: 600 })).toEqual({ zoom: 2, x: 200, y: 200 });
  });
});

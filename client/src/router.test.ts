import { describe, expect, it } from 'vitest';
import { matchRoute } from './router';

describe('matchRoute', () => {
  it('matches every page', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/b/AbC_-123456789012345678')).toEqual({ name: 'board', id: 'AbC_-123456789012345678' });
    expect(matchRoute('/b/abcd1234/')).toEqual({ name: 'board', id: 'abcd1234' });
    expect(matchRoute('/v/view1234')).toEqual({ name: 'viewer', viewId: 'view1234' });
    expect(matchRoute('/join')).toEqual({ name: 'join', code: null });
    expect(matchRoute('/join/K7P-2QX')).toEqual({ name: 'join', code: 'K7P-2QX' });
    expect(matchRoute('/b/')).toEqual({ name: 'notFound' });
    expect(matchRoute('/b/../../etc')).toEqual({ name: 'notFound' });
    expect(matchRoute('/elders')).toEqual({ name: 'notFound' });
  });
});

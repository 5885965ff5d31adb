import { CLOSE } from '@plg/shared';
import { describe, expect, it } from 'vitest';
import { closeAction } from './closeHandling';
import { deriveConnection } from './connectionStatus';
import { facilitatorKeyFromHash } from './facilitatorKey';

const base = { online: true, ws: 'connected' as const, synced: true, storageProblem: false, localPersistence: true };

describe('connection badge', () => {
  it('says connected only when the socket is open and synced', () => {
    expect(deriveConnection(base).status).toBe('connected');
    expect(deriveConnection({ ...base, synced: false }).status).toBe('connecting');
    expect(deriveConnection({ ...base, ws: 'disconnected', synced: false }).status).toBe('connecting');
  });

  it('says offline when the browser is offline, with edits saved locally', () => {
    const info = deriveConnection({ ...base, online: false, ws: 'disconnected', synced: false });
    expect(info).toMatchObject({ status: 'offline', savedLocally: true });
    expect(deriveConnection(base).savedLocally).toBe(false);
  });
});

describe('close codes', () => {
  it('maps each server close code to what the client does', () => {
    expect(closeAction(CLOSE.unknownBoard.code)).toBe('notFound');
    expect(closeAction(CLOSE.badKey.code)).toBe('badKey');
    expect(closeAction(CLOSE.forbidden.code)).toBe('reset');
    expect(closeAction(CLOSE.documentFull.code)).toBe('reset');
    expect(closeAction(CLOSE.storageUnavailable.code)).toBe('storage');
    expect(closeAction(CLOSE.tooBig.code)).toBe('tooBig');
    expect(closeAction(CLOSE.malformed.code)).toBe('malformed');
    expect(closeAction(CLOSE.rateLimited.code)).toBe('retryLater');
    expect(closeAction(CLOSE.badOrigin.code)).toBe('fatal');
    expect(closeAction(1006)).toBe('transient');
  });
});

describe('facilitator key', () => {
  it('reads the key from the fragment only', () => {
    expect(facilitatorKeyFromHash('#key=AbCdEf0123456789_-xy')).toBe('AbCdEf0123456789_-xy');
    expect(facilitatorKeyFromHash('')).toBeNull();
    expect(facilitatorKeyFromHash('#key=<script>')).toBeNull();
  });
});

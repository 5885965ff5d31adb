/**
 * One hour of dragging, simulated quickly: C clients each drop a note F times a second for an
 * hour, applied straight to a Yjs document (drag frames are awareness only and never touch the
 * document). Reports what every gesture costs the document; the result is then cold-loaded.
 */
import { moveNotes } from '@plg/shared';
import * as Y from 'yjs';
import { seedBoard } from './seed.js';
import type { HourWorkload } from './workload.js';

export interface HourResult {
  gestures: number;
  initialBytes: number;
  finalBytes: number;
  bytesPerGesture: number;
  /** Mean size of one gesture's document update on the wire. */
  meanUpdateBytes: number;
  simulateMs: number;
  state: Uint8Array;
}

export function simulateHour(w: HourWorkload): HourResult {
  const started = performance.now();
  const seed = seedBoard(w.notes);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seed.state);
  let updateBytes = 0;
  doc.on('update', (u: Uint8Array) => {
    updateBytes += u.length;
  });
  const gestures = Math.round(w.clients * w.moveHz * w.simulatedS);
  // A fixed pseudo-random sequence (same figures every run).
  let r = 12345;
  const rand = (n: number) => {
    r = (r * 1103515245 + 12345) & 0x7fffffff;
    return r % n;
  };
  for (let g = 0; g < gestures; g++) {
    doc.clientID = 10_000 + (g % w.clients);
    const id = seed.noteIds[rand(seed.noteIds.length)] as string;
    moveNotes(doc, [{ id, x: rand(6000), y: rand(4000) }], null);
  }
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return {
    gestures,
    initialBytes: seed.state.length,
    finalBytes: state.length,
    bytesPerGesture: (state.length - seed.state.length) / Math.max(1, gestures),
    meanUpdateBytes: updateBytes / Math.max(1, gestures),
    simulateMs: performance.now() - started,
    state,
  };
}

export function renderHour(h: HourResult, w: HourWorkload): string {
  return [
    `${w.clients} clients × ${w.moveHz} gestures/s × ${w.simulatedS} s = ${h.gestures} gestures on a ${w.notes}-note board`,
    `document: ${h.initialBytes} B before, ${h.finalBytes} B after → ${h.bytesPerGesture.toFixed(2)} B per gesture` +
      ` (one update on the wire: ${h.meanUpdateBytes.toFixed(1)} B); simulated in ${Math.round(h.simulateMs)} ms`,
  ].join('\n');
}

/**
 * Group (cluster) frames: a group is drawn as a labelled frame around the bounding box of its
 * notes, and dropping notes decides membership by those frames (drop into a frame: join it;
 * drag out of your group's frame: leave it). Pure geometry, in board units.
 */
import { type Box, boundsOf, type Group, type Note } from '@plg/shared';

/** Space between the notes and the frame. */
export const FRAME_PADDING = 28;
/** Extra room above the notes, under the title bar (which sits on top of the frame). */
export const FRAME_HEADER = 12;

export interface GroupFrame {
  id: string;
  label: string;
  color: string;
  /** The frame, title bar included. */
  box: Box;
  members: string[];
}

type Offset = { dx: number; dy: number };

/** The frame around some note boxes, or null for none. */
export function frameBox(boxes: readonly Box[]): Box | null {
  const b = boundsOf(boxes);
  if (!b) return null;
  return {
    x: b.x - FRAME_PADDING,
    y: b.y - FRAME_PADDING - FRAME_HEADER,
    width: b.width + 2 * FRAME_PADDING,
    height: b.height + 2 * FRAME_PADDING + FRAME_HEADER,
  };
}

/** Frames of every group with members, notes moved by their live drag offsets (if any). */
export function groupFrames(
  groups: readonly Group[],
  notes: readonly Note[],
  offsetOf: (noteId: string) => Offset | undefined = () => undefined,
): GroupFrame[] {
  const members = new Map<string, Box[]>();
  const ids = new Map<string, string[]>();
  for (const note of notes) {
    if (!note.groupId) continue;
    const o = offsetOf(note.id);
    const box = { x: note.x + (o?.dx ?? 0), y: note.y + (o?.dy ?? 0), width: note.width, height: note.height };
    members.set(note.groupId, [...(members.get(note.groupId) ?? []), box]);
    ids.set(note.groupId, [...(ids.get(note.groupId) ?? []), note.id]);
  }
  const out: GroupFrame[] = [];
  for (const g of groups) {
    const box = frameBox(members.get(g.id) ?? []);
    if (box) out.push({ id: g.id, label: g.label, color: g.color, box, members: ids.get(g.id) ?? [] });
  }
  return out;
}

const contains = (b: Box, x: number, y: number) => x >= b.x && y >= b.y && x < b.x + b.width && y < b.y + b.height;

/**
 * Group changes after notes were dropped at new places: `dropped` maps note id → its new box,
 * `frames` are the frames as they were before the drag. A note stays in its group while its
 * centre is inside that group's frame, else joins the smallest other frame its centre is in,
 * else leaves its group. A group dragged whole keeps its notes. Returns only the changes.
 */
export function groupsAfterDrop(
  dropped: ReadonlyMap<string, Box & { groupId?: string }>,
  frames: readonly GroupFrame[],
): Map<string, string | null> {
  const changes = new Map<string, string | null>();
  const byId = new Map(frames.map((f) => [f.id, f]));
  for (const [id, box] of dropped) {
    const own = box.groupId ? byId.get(box.groupId) : undefined;
    if (own?.members.every((m) => dropped.has(m))) continue;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    if (own && contains(own.box, cx, cy)) continue;
    let best: GroupFrame | null = null;
    for (const f of frames) {
      if (f.id === box.groupId || f.members.every((m) => dropped.has(m))) continue;
      if (contains(f.box, cx, cy) && (!best || f.box.width * f.box.height < best.box.width * best.box.height)) best = f;
    }
    const next = best ? best.id : null;
    if (next !== (box.groupId ?? null)) changes.set(id, next);
  }
  return changes;
}

/**
 * Interactive overlay: selection outlines and the resize handle, the keyboard focus ring, the
 * rubber-band rectangle, marks on notes others are typing in, and remote cursors.
 */
import { type Note, permissionsFor } from '@plg/shared';
import type FullKonva from 'konva';
import type { RectConfig } from 'konva/lib/shapes/Rect';
import { memo, useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useUiStore } from '../../stores/uiStore';
import { useNotes } from '../../sync/useNotes';
import { useRemoteEditing } from '../../sync/usePeers';
import { useSession } from '../../sync/useYMap';
import Konva from '../konvaNodes';
import { KeyedNodes } from '../konvaTree';
import { makeEditingMark, outlineAttrs, resizeHandleAttrs, selectionBoxAttrs, setEditingMark } from '../nodes/marks';
import { RemoteCursors } from './RemoteCursors';

const SELECT_COLOR = '#2563eb';
const FOCUS_COLOR = '#b45309';

type Mark =
  | { key: string; kind: 'rect'; attrs: RectConfig }
  | { key: string; kind: 'editing'; note: Note; color: string; text: string };

interface Props {
  /** The stage's top layer (BoardStage), which this component fills. */
  layer: FullKonva.Layer;
  rt: BoardRuntime;
}

export const OverlayLayer = memo(function OverlayLayer({ layer, rt }: Props) {
  const { t } = useTranslation();
  const { byId } = useNotes(rt.notes);
  const selection = useUiStore((s) => s.selection);
  const focusedId = useUiStore((s) => s.focusedId);
  const drag = useUiStore((s) => s.drag);
  const resize = useUiStore((s) => s.resize);
  const brush = useUiStore((s) => s.brush);
  const editingId = useUiStore((s) => s.editingId);
  const zoom = useUiStore((s) => s.viewport.zoom);
  const session = useSession(rt.doc);
  const canEdit = permissionsFor(rt.role, session).editNotes;
  const editing = useRemoteEditing(rt.awareness);
  const [nodes] = useState(() => new KeyedNodes());
  const [cursors] = useState(() => new Konva.Group({ listening: false }));
  useEffect(
    () => () => {
      nodes.destroy();
      cursors.remove(); // Kept for a remount (strict mode); its cursors go with RemoteCursors.
    },
    [nodes, cursors],
  );

  const boxOf = (note: Note) => {
    const moved = drag?.ids.includes(note.id);
    const sized = resize?.id === note.id;
    return {
      x: note.x + (moved ? (drag?.dx ?? 0) : 0),
      y: note.y + (moved ? (drag?.dy ?? 0) : 0),
      width: sized ? (resize?.width ?? note.width) : note.width,
      height: sized ? (resize?.height ?? note.height) : note.height,
    };
  };

  const selected = [...selection].flatMap((id) => {
    const note = byId.get(id);
    return note ? [note] : [];
  });
  const single = selected.length === 1 ? selected[0] : undefined;
  const focused = focusedId ? byId.get(focusedId) : undefined;

  // In drawing order: others typing, the selection, the focus ring, the handle, the rubber band.
  const marks: Mark[] = [];
  for (const { noteId, name, color } of editing) {
    const note = byId.get(noteId);
    const text = t('board.editing', { name });
    if (note) marks.push({ key: `editing:${noteId}:${name}`, kind: 'editing', note, color, text });
  }
  for (const note of selected) {
    const width = editingId === note.id ? 2 : 3;
    marks.push({ key: `selected:${note.id}`, kind: 'rect', attrs: outlineAttrs(boxOf(note), SELECT_COLOR, width) });
  }
  if (focused) {
    const box = {
      x: focused.x - 8 / zoom,
      y: focused.y - 8 / zoom,
      width: focused.width + 16 / zoom,
      height: focused.height + 16 / zoom,
    };
    marks.push({ key: 'focus', kind: 'rect', attrs: outlineAttrs(box, FOCUS_COLOR, 3, [8, 4]) });
  }
  if (single && canEdit && !drag && editingId !== single.id) {
    const box = boxOf(single);
    const attrs = resizeHandleAttrs(single.id, box.x + box.width, box.y + box.height, zoom);
    marks.push({ key: 'handle', kind: 'rect', attrs });
  }
  if (brush) marks.push({ key: 'brush', kind: 'rect', attrs: selectionBoxAttrs(brush) });

  useLayoutEffect(() => {
    const order = marks.map((mark) => {
      if (mark.kind === 'rect') {
        const rect = nodes.get(mark.key, () => new Konva.Rect());
        rect.setAttrs(mark.attrs);
        return rect;
      }
      const group = nodes.get(mark.key, makeEditingMark) as FullKonva.Group;
      setEditingMark(group, mark.note, mark.color, mark.text, zoom);
      return group;
    });
    // The cursors (RemoteCursors fills their group) above every mark.
    nodes.place(layer, [...order, cursors]);
  });

  // Hidden cursors: only the facilitator's stays (for pointing); the facilitator still sees everyone.
  return (
    <RemoteCursors
      group={cursors}
      awareness={rt.awareness}
      zoom={zoom}
      onlyFacilitator={session.hideCursors && rt.role !== 'facilitator'}
    />
  );
});

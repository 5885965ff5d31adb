/**
 * Interactive overlay: selection outlines and the resize handle, the keyboard focus ring, the
 * rubber-band rectangle, marks on notes others are typing in, and remote cursors.
 */
import { type Note, permissionsFor } from '@plg/shared';
import { memo } from 'react';
import { Group, Label, Layer, Rect, Tag, Text } from 'react-konva/lib/ReactKonvaCore';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useT } from '../../i18n';
import { useUiStore } from '../../stores/uiStore';
import { useNotes } from '../../sync/useNotes';
import { useRemoteEditing } from '../../sync/usePeers';
import { useSession } from '../../sync/useYMap';
import { ResizeHandle } from '../nodes/ResizeHandle';
import { SelectionBox } from '../nodes/SelectionBox';
import { RemoteCursors } from './RemoteCursors';

const SELECT_COLOR = '#2563eb';
const FOCUS_COLOR = '#b45309';

function Outline({
  box,
  color,
  width,
  dash,
}: {
  box: Pick<Note, 'x' | 'y' | 'width' | 'height'>;
  color: string;
  width: number;
  dash?: number[];
}) {
  return (
    <Rect
      x={box.x}
      y={box.y}
      width={box.width}
      height={box.height}
      stroke={color}
      strokeWidth={width}
      strokeScaleEnabled={false}
      cornerRadius={6}
      dash={dash}
      listening={false}
    />
  );
}

export const OverlayLayer = memo(function OverlayLayer({ rt }: { rt: BoardRuntime }) {
  const t = useT();
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

  return (
    <Layer listening={false}>
      {editing.map(({ noteId, name, color }) => {
        const note = byId.get(noteId);
        if (!note) return null;
        return (
          <Group key={`${noteId}:${name}`} listening={false}>
            <Outline box={note} color={color} width={3} />
            <Label x={note.x} y={note.y} scaleX={1 / zoom} scaleY={1 / zoom} offsetY={26}>
              <Tag fill={color} cornerRadius={4} />
              <Text text={t('board.editing', { name })} fontSize={13} padding={5} fill="#fff" fontStyle="600" />
            </Label>
          </Group>
        );
      })}
      {selected.map((note) => (
        <Outline key={note.id} box={boxOf(note)} color={SELECT_COLOR} width={editingId === note.id ? 2 : 3} />
      ))}
      {focused && (
        <Outline
          box={{
            x: focused.x - 8 / zoom,
            y: focused.y - 8 / zoom,
            width: focused.width + 16 / zoom,
            height: focused.height + 16 / zoom,
          }}
          color={FOCUS_COLOR}
          width={3}
          dash={[8, 4]}
        />
      )}
      {single && canEdit && !drag && editingId !== single.id && (
        <ResizeHandle
          noteId={single.id}
          x={boxOf(single).x + boxOf(single).width}
          y={boxOf(single).y + boxOf(single).height}
          zoom={zoom}
        />
      )}
      {brush && <SelectionBox rect={brush} />}
      {/* Hidden cursors: only the facilitator's stays (for pointing); the facilitator still sees everyone. */}
      <RemoteCursors
        awareness={rt.awareness}
        zoom={zoom}
        onlyFacilitator={session.hideCursors && rt.role !== 'facilitator'}
      />
    </Layer>
  );
});

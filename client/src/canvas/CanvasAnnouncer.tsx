/**
 * Tells screen-reader users which note has keyboard focus on the canvas (Tab / Shift+Tab):
 * its position, text and zone, in a polite live region.
 */
import { type Lang, type Zone, zoneOfNote, zoneText } from '@plg/shared';
import { readingOrder } from '../actions/defs/focusNote';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';
import { useNotes } from '../sync/useNotes';

interface Props {
  rt: BoardRuntime;
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
}

export function CanvasAnnouncer({ rt, zones, templateId, lang }: Props) {
  const t = useT();
  const focusedId = useUiStore((s) => s.focusedId);
  const { ordered, byId } = useNotes(rt.notes);
  const note = focusedId ? byId.get(focusedId) : undefined;
  let message = '';
  if (note) {
    const order = readingOrder(ordered);
    const zoneId = zoneOfNote(note, zones);
    const zone = zones.find((z) => z.id === zoneId);
    message = t('board.focusedNote', {
      index: order.findIndex((n) => n.id === note.id) + 1,
      count: order.length,
      text: note.text || t('board.emptyNote'),
      zone: zone ? zoneText(zone, templateId, lang).label : t('list.unsorted'),
    });
  }
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}

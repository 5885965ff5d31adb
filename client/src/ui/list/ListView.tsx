/**
 * The board as a list: one section per zone in zone order, then "Nog niet ingedeeld". Every
 * note's text is editable in place (bound to its Y.Text), with add-per-zone and delete-per-note.
 * The default view on a phone (there it is the board's first paint); a side panel on a desktop.
 */
import { type Lang, type Note, type Zone, zoneOfNote, zoneText } from '@plg/shared';
import { useEffect, useMemo } from 'react';
import { useBoard, usePermissions } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { canAddNote } from '../../session/drafts/noteTarget';
import { ListGroupsSection } from '../../session/list/ListGroupsSection';
import { useUiStore } from '../../stores/uiStore';
import { useNotes } from '../../sync/useNotes';
import { markBoardPainted } from '../boardPainted';
import { ListZoneSection } from './ListZoneSection';

interface Props {
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
}

export function groupByZone(notes: readonly Note[], zones: readonly Zone[]): Map<string | null, Note[]> {
  const groups = new Map<string | null, Note[]>();
  for (const note of notes) {
    const zoneId = zoneOfNote(note, zones);
    const list = groups.get(zoneId);
    if (list) list.push(note);
    else groups.set(zoneId, [note]);
  }
  // Oldest first; notes made together (a pasted list) in reading order.
  const order = (a: Note, b: Note) => a.createdAt - b.createdAt || a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1);
  for (const list of groups.values()) list.sort(order);
  return groups;
}

export function ListView({ zones, templateId, lang }: Props) {
  const t = useT();
  const rt = useBoard();
  const { ordered } = useNotes(rt.notes);
  const can = usePermissions();
  const rights = { add: canAddNote(rt, can), edit: can.editNotes, remove: can.deleteNotes };
  const groups = useMemo(() => groupByZone(ordered, zones), [ordered, zones]);
  const areas = zones.filter((z) => z.kind === 'area');
  const unsorted = groups.get(null) ?? [];
  const synced = useUiStore((s) => s.connection.synced);
  // On a phone the list, not the canvas, is what a board first shows: parts waiting for the
  // board's first paint (ui/boardPainted.ts) may load once it shows the synced board.
  useEffect(() => {
    if (synced) markBoardPainted();
  }, [synced]);
  return (
    <section className="list-view" aria-labelledby="list-title" data-testid="list-view">
      <h2 id="list-title" className="list-title">
        {t('list.title')}
      </h2>
      <ListGroupsSection />
      {areas.map((zone) => {
        const text = zoneText(zone, templateId, lang);
        return (
          <ListZoneSection
            key={zone.id}
            zoneId={zone.id}
            label={text.label}
            description={text.description}
            color={zone.color}
            notes={groups.get(zone.id) ?? []}
            rights={rights}
          />
        );
      })}
      {(unsorted.length > 0 || areas.length === 0) && (
        <ListZoneSection
          zoneId={null}
          label={areas.length === 0 ? t('list.title') : t('list.unsorted')}
          description={areas.length === 0 ? '' : t('list.unsortedHint')}
          color="#eef0f3"
          notes={unsorted}
          rights={rights}
        />
      )}
    </section>
  );
}

/**
 * Announces, in a polite live region, the notes that OTHER people add (never your own, never
 * the initial load): "Anne heeft een briefje toegevoegd in Leiderschap: …".
 */
import { type Lang, type Zone, zoneOfNote, zoneText } from '@plg/shared';
import { useEffect, useState } from 'react';
import type { BoardRuntime } from '../board/BoardRuntime';
import { useT } from '../i18n';
import { readPeers } from '../sync/presence';

interface Props {
  rt: BoardRuntime;
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
}

export function LiveAnnouncer({ rt, zones, templateId, lang }: Props) {
  const t = useT();
  const [message, setMessage] = useState('');
  useEffect(() => {
    return rt.notes.onAdded(({ notes, transaction }) => {
      // Only live edits relayed by the server after the first sync (not the initial load or
      // the offline copy).
      if (transaction.origin !== rt.provider || !rt.provider.synced) return;
      const authorId = notes[0]?.authorId;
      const author = readPeers(rt.awareness).find((p) => p.state.user.id === authorId)?.state.user.name;
      const name = author || t('announce.someone');
      if (notes.length > 1) {
        setMessage(t('announce.notesAdded', { name, count: notes.length }));
        return;
      }
      const note = notes[0];
      if (!note) return;
      const zone = zones.find((z) => z.id === zoneOfNote(note, zones));
      setMessage(
        t('announce.noteAdded', {
          name,
          zone: zone ? zoneText(zone, templateId, lang).label : t('list.unsorted'),
          text: note.text || t('board.emptyNote'),
        }),
      );
    });
  }, [rt, zones, templateId, lang, t]);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {message}
    </div>
  );
}

/**
 * Steering the room: lock the board, show only the facilitator's cursor, let participants write
 * action points, have every screen follow this one, bring everyone here once, put one zone in
 * the spotlight; and the join panel and presentation mode for the shared screen.
 */
import { type Lang, type Zone, zoneText } from '@plg/shared';
import { useId } from 'react';
import { useBoard } from '../../board/BoardContext';
import { viewCentre } from '../../canvas/viewport';
import { useT } from '../../i18n';
import { useUiStore } from '../../stores/uiStore';
import { useSession } from '../../sync/useYMap';
import { useSessionUi } from '../sessionUiStore';
import { CommandToggle } from '../ui/CommandToggle';
import { SessionIcon } from '../ui/SessionIcon';
import { useCommand } from '../useCommand';

interface Props {
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
}

export function RoomSection({ zones, templateId, lang }: Props) {
  const t = useT();
  const rt = useBoard();
  const session = useSession(rt.doc);
  const command = useCommand();
  const spotlightId = useId();
  const summon = () => {
    const { viewport, stageSize } = useUiStore.getState();
    const c = viewCentre(viewport, stageSize);
    void command.run({ type: 'summon', x: c.x, y: c.y, zoom: viewport.zoom }, t('session.room.summoned'));
  };
  const areas = zones.filter((z) => z.kind === 'area');
  return (
    <section className="panel-section" aria-labelledby="room-title">
      <h3 id="room-title">{t('session.room.title')}</h3>
      <CommandToggle
        command={command}
        type="setLocked"
        on={session.locked}
        label={t('session.room.lock')}
        hint={t('session.room.lockHint')}
        testId="toggle-lock"
      />
      <CommandToggle
        command={command}
        type="setFollowMe"
        on={session.followMe}
        label={t('session.room.followMe')}
        hint={t('session.room.followMeHint')}
        testId="toggle-follow"
      />
      <CommandToggle
        command={command}
        type="setHideCursors"
        on={session.hideCursors}
        label={t('session.room.hideCursors')}
        hint={t('session.room.hideCursorsHint')}
        testId="toggle-cursors"
      />
      <CommandToggle
        command={command}
        type="setActionsByParticipants"
        on={session.actionsByParticipants}
        label={t('session.room.actionsByParticipants')}
        testId="toggle-actions"
      />
      <button
        type="button"
        className="button is-wide"
        onClick={summon}
        disabled={command.pending !== null}
        data-testid="summon"
      >
        <SessionIcon name="follow" size={18} />
        {t('session.room.summon')}
      </button>
      <div className="inline-form">
        <label htmlFor={spotlightId}>{t('session.room.spotlight')}</label>
        <select
          id={spotlightId}
          value={session.spotlightZoneId ?? ''}
          disabled={command.pending !== null}
          onChange={(e) => void command.run({ type: 'spotlight', zoneId: e.target.value || null })}
          data-testid="spotlight-select"
        >
          <option value="">{t('session.room.spotlightNone')}</option>
          {areas.map((z) => (
            <option key={z.id} value={z.id}>
              {zoneText(z, templateId, lang).label}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => useSessionUi.getState().setJoinOpen(true)}
          data-testid="show-join"
        >
          <SessionIcon name="qr" size={18} />
          {t('session.join.show')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => useSessionUi.getState().setPresenting(true)}
          data-testid="start-present"
        >
          <SessionIcon name="present" size={18} />
          {t('session.present.start')}
        </button>
      </div>
    </section>
  );
}

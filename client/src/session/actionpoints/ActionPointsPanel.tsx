/**
 * Action points (wie / wat / wanneer) per core element, then those without one: edit in place,
 * mark done, delete, add one per element. Editable by the facilitator, and by participants when
 * the facilitator allows it in this phase.
 */
import type { Lang, Zone } from '@plg/shared';
import { zoneText } from '@plg/shared';
import { useEffect } from 'react';
import { useBoard, usePermissions } from '../../board/BoardContext';
import { useT } from '../../i18n';
import { useSessionUi } from '../sessionUiStore';
import { SessionIcon } from '../ui/SessionIcon';
import { useActionPoints } from '../useSessionData';
import { ActionItem } from './ActionItem';
import { createActionPoint } from './createActionPoint';

interface Props {
  zones: readonly Zone[];
  templateId: string;
  lang: Lang;
}

export function ActionPointsPanel({ zones, templateId, lang }: Props) {
  const t = useT();
  const rt = useBoard();
  const can = usePermissions();
  const actions = useActionPoints(rt.doc);
  const focusId = useSessionUi((s) => s.focusActionId);
  // Focus is taken once; later renders leave the caret alone.
  useEffect(() => {
    if (focusId) requestAnimationFrame(() => useSessionUi.getState().setFocusAction(null));
  }, [focusId]);
  const areas = zones.filter((z) => z.kind === 'area');
  const known = new Set(areas.map((z) => z.id));
  const sections: { id: string | null; label: string }[] = [
    ...areas.map((z) => ({ id: z.id, label: zoneText(z, templateId, lang).label })),
    { id: null, label: t('session.actions.general') },
  ];
  return (
    <div className="action-panel" data-testid="actions-panel">
      <p className="panel-intro">{t('session.actions.intro')}</p>
      {!can.actions && <p className="field-hint">{t('session.actions.readOnly')}</p>}
      {sections.map((section) => {
        const list = actions.filter((a) =>
          section.id === null ? !a.zoneId || !known.has(a.zoneId) : a.zoneId === section.id,
        );
        if (list.length === 0 && !can.actions) return null;
        return (
          <section
            key={section.id ?? 'general'}
            className="action-zone"
            data-testid={`actions-zone-${section.id ?? 'general'}`}
          >
            <h3>
              {section.label} <span className="list-count">{list.length}</span>
            </h3>
            {list.length > 0 && (
              <ol className="action-list">
                {list.map((a) => (
                  <ActionItem key={a.id} action={a} canEdit={can.actions} />
                ))}
              </ol>
            )}
            {can.actions && (
              <button
                type="button"
                className="button is-small list-add"
                onClick={() => createActionPoint(rt, { kind: 'zone', zoneId: section.id })}
                data-testid={`add-action-${section.id ?? 'general'}`}
              >
                <SessionIcon name="plus" size={16} /> {t('session.actions.add')}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}

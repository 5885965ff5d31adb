/**
 * Grouping as registered actions (toolbar, selection menu and keyboard alike): "Groeperen"
 * puts the selected board notes in a new named group and opens its name for typing; "Uit groep"
 * takes them out (a group whose every note is selected is dissolved).
 */
import { groupNotes, groupsOf, setNotesGroup, ungroup } from '@plg/shared';
import { selectedIds } from '../../actions/helpers';
import { registerAction } from '../../actions/registry';
import type { ActionContext } from '../../actions/types';
import { t } from '../../i18n';
import { useSessionUi } from '../sessionUiStore';

/** Selected notes that are on the board (drafts cannot be grouped). */
export function selectedBoardNotes(ctx: ActionContext): string[] {
  return selectedIds(ctx).filter((id) => !ctx.rt.notes.isDraft(id));
}

export const groupSelection = registerAction({
  id: 'groupSelection',
  labelKey: 'session.groups.group',
  kbd: [{ key: 'g', mod: true }],
  predicate: (ctx) => ctx.can.group && selectedBoardNotes(ctx).length > 0,
  perform: (ctx) => {
    const ids = selectedBoardNotes(ctx);
    const label = t('session.groups.defaultName', { number: groupsOf(ctx.rt.doc).size + 1 });
    ctx.rt.undo.stopCapturing();
    const id = groupNotes(ctx.rt.doc, ids, label, ctx.rt.origin);
    ctx.rt.undo.stopCapturing();
    useSessionUi.getState().setRenamingGroup(id);
  },
});

export const ungroupSelection = registerAction({
  id: 'ungroupSelection',
  labelKey: 'session.groups.ungroup',
  kbd: [{ key: 'g', mod: true, shift: true }],
  predicate: (ctx) => ctx.can.group && selectedBoardNotes(ctx).some((id) => ctx.rt.notes.get(id)?.groupId),
  perform: (ctx) => {
    const { rt } = ctx;
    const selected = new Set(selectedBoardNotes(ctx));
    const groups = new Set([...selected].flatMap((id) => rt.notes.get(id)?.groupId ?? []));
    rt.undo.stopCapturing();
    rt.doc.transact(() => {
      for (const groupId of groups) {
        const members = rt.notes.getSnapshot().ordered.filter((n) => n.groupId === groupId);
        if (members.every((n) => selected.has(n.id))) ungroup(rt.doc, groupId, rt.origin);
        else
          setNotesGroup(
            rt.doc,
            members.filter((n) => selected.has(n.id)).map((n) => n.id),
            null,
            rt.origin,
          );
      }
    }, rt.origin);
    rt.undo.stopCapturing();
  },
});

/**
 * The tools: select / selection box, new note, colour, undo / redo, duplicate, delete. Every
 * button runs a registered action, so the buttons and the shortcuts behave the same.
 */
import { addNote, deleteSelection, duplicateSelection, redo, toolBoxSelect, toolSelect, undo } from '../actions';
import { useBoard, usePermissions } from '../board/BoardContext';
import { useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';
import { useUndoState } from '../sync/undo';
import { ActionButton } from './ActionButton';
import { ColorPicker } from './ColorPicker';

export function Toolbar() {
  const t = useT();
  const rt = useBoard();
  // Subscriptions that change what the buttons' predicates say.
  usePermissions();
  useUndoState(rt.undo);
  useUiStore((s) => s.selection);
  useUiStore((s) => s.editingId);
  const tool = useUiStore((s) => s.tool);
  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={t('tools.toolbar')}
      aria-orientation="vertical"
      data-testid="toolbar"
    >
      <div className="tool-group">
        <ActionButton action={toolSelect} icon="select" pressed={tool === 'select'} />
        <ActionButton action={toolBoxSelect} icon="box" pressed={tool === 'boxSelect'} />
      </div>
      <div className="tool-group">
        <ActionButton action={addNote} arg={undefined} icon="note" text={t('tools.note')} className="is-primary" />
        <ColorPicker />
      </div>
      <div className="tool-group">
        <ActionButton action={undo} icon="undo" />
        <ActionButton action={redo} icon="redo" />
      </div>
      <div className="tool-group">
        <ActionButton action={duplicateSelection} icon="duplicate" />
        <ActionButton action={deleteSelection} icon="trash" />
      </div>
    </div>
  );
}

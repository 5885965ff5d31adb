/** Shortcuts and gestures: the keyboard table comes from the action registry. */
import { allActions } from '../actions/registry';
import { shortcutTable } from '../actions/shortcuts';
import { useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';
import { Dialog } from './Dialog';

const GESTURES = [
  'panDrag',
  'panScroll',
  'zoomWheel',
  'boxSelect',
  'multiSelect',
  'doubleClick',
  'pasteLines',
] as const;

export function HelpDialog() {
  const t = useT();
  const open = useUiStore((s) => s.dialog === 'help');
  const rows = shortcutTable(allActions());
  return (
    <Dialog
      title={t('help.title')}
      open={open}
      onClose={() => useUiStore.getState().openDialog(null)}
      className="help-dialog"
      testId="help-dialog"
    >
      <h3>{t('help.mouse')}</h3>
      <ul className="help-gestures">
        {GESTURES.map((g) => (
          <li key={g}>{t(`help.${g}`)}</li>
        ))}
      </ul>
      <h3>{t('help.keyboard')}</h3>
      <table className="help-table">
        <thead>
          <tr>
            <th scope="col">{t('help.action')}</th>
            <th scope="col">{t('help.key')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{t(row.labelKey)}</td>
              <td>
                {[...new Set(row.keys)].map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}

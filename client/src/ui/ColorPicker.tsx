/**
 * The note palette (shared NOTE_COLORS) as a popover: every swatch shows its colour name, for
 * colour-blind users. Recolours the selection, and sets the colour for new notes.
 */
import { NOTE_COLORS, noteColorByHex } from '@plg/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { recolorSelection } from '../actions';
import { runAction } from '../actions/registry';
import { useBoard } from '../board/BoardContext';
import { useT } from '../i18n';
import { useUiStore } from '../stores/uiStore';
import { useNotes } from '../sync/useNotes';

export function ColorPicker() {
  const t = useT();
  const rt = useBoard();
  const [open, setOpen] = useState(false);
  const popupId = useId();
  const root = useRef<HTMLDivElement>(null);
  const selection = useUiStore((s) => s.selection);
  const noteColor = useUiStore((s) => s.noteColor);
  const { byId } = useNotes(rt.notes);
  const selectedColors = new Set([...selection].flatMap((id) => (byId.get(id) ? [byId.get(id)!.color] : [])));
  const current = selectedColors.size === 1 ? [...selectedColors][0]! : noteColor;
  const entry = noteColorByHex(current);
  const name = entry ? t(`colors.${entry.id}`) : t('colors.custom');

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  return (
    <div className="color-picker" ref={root}>
      <button
        type="button"
        className="tool-button"
        aria-label={t('tools.colorOf', { color: name })}
        title={t('tools.colorOf', { color: name })}
        aria-expanded={open}
        aria-controls={popupId}
        data-testid="color-picker-button"
        onClick={() => setOpen(!open)}
      >
        <span className="swatch" style={{ background: current }} aria-hidden="true" />
      </button>
      {open && (
        <fieldset
          id={popupId}
          className="color-popup"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        >
          <legend className="color-popup-title">
            {selection.size > 0 ? t('colors.pickerTitle') : t('colors.forNew')}
          </legend>
          <ul>
            {NOTE_COLORS.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="color-option"
                  aria-pressed={c.hex === current}
                  data-testid={`color-${c.id}`}
                  onClick={() => {
                    runAction(recolorSelection, rt, c.hex);
                    setOpen(false);
                  }}
                >
                  <span className="swatch" style={{ background: c.hex }} aria-hidden="true" />
                  <span>{t(`colors.${c.id}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}

/**
 * The clipboard format: our notes as CLIPBOARD_MIME JSON (pastes into any board), plus plain
 * text (one note per line) for other programs. Pasting plain text makes one note per line.
 */
import { CLIPBOARD_MIME, type Clipboard, ClipboardSchema, copyNotes } from '@plg/shared';
import type * as Y from 'yjs';

export interface ClipboardPayload {
  json: string;
  text: string;
}

export function encodeClipboard(doc: Y.Doc, ids: readonly string[]): ClipboardPayload | null {
  const clip = copyNotes(doc, ids);
  if (clip.notes.length === 0) return null;
  return { json: JSON.stringify(clip), text: clip.notes.map((n) => n.text.replace(/\r?\n/g, ' ')).join('\n') };
}

export type Pasted = { kind: 'notes'; clipboard: Clipboard } | { kind: 'lines'; text: string } | null;

/** Reads what was pasted: our JSON when present and valid, else plain text lines. */
export function decodeClipboard(data: { custom?: string | null; text?: string | null }): Pasted {
  for (const candidate of [data.custom, data.text]) {
    if (!candidate?.trimStart().startsWith('{')) continue;
    try {
      const parsed = ClipboardSchema.safeParse(JSON.parse(candidate));
      if (parsed.success) return { kind: 'notes', clipboard: parsed.data };
    } catch {
      // Not our JSON: treat it as text below.
    }
  }
  const text = data.text ?? '';
  return text.trim() ? { kind: 'lines', text } : null;
}

/** Writes a payload into a copy event's DataTransfer. */
export function writeToDataTransfer(dt: DataTransfer, payload: ClipboardPayload): void {
  dt.setData(CLIPBOARD_MIME, payload.json);
  dt.setData('text/plain', payload.text);
}

export function readFromDataTransfer(dt: DataTransfer): Pasted {
  return decodeClipboard({ custom: dt.getData(CLIPBOARD_MIME), text: dt.getData('text/plain') });
}

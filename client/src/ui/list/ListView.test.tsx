import { addNote, mapIn, notesOf, noteText, readBoard, zoneOfNote } from '@plg/shared';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardContext } from '../../board/BoardContext';
import type { BoardRuntime } from '../../board/BoardRuntime';
import { useUiStore } from '../../stores/uiStore';
import { useZones } from '../../sync/useYMap';
import { boardFixture, remotePeer } from '../../test/boardFixture';
import { LiveAnnouncer } from '../LiveAnnouncer';
import { ListView } from './ListView';

function Harness({ rt }: { rt: BoardRuntime }) {
  const zones = useZones(rt.doc);
  return (
    <BoardContext.Provider value={rt}>
      <ListView zones={zones} templateId="plg" lang="nl" />
      <LiveAnnouncer rt={rt} zones={zones} templateId="plg" lang="nl" />
    </BoardContext.Provider>
  );
}

afterEach(cleanup);

describe('ListView', () => {
  it('shows one section per zone in zone order, plus unsorted notes, with editable texts', () => {
    const { rt, doc } = boardFixture();
    const a = addNote(doc, { x: 100, y: 300, text: 'Samen leren' }, 'o');
    const b = addNote(doc, { x: 5000, y: 5000, text: 'Ergens anders' }, 'o');
    render(<Harness rt={rt} />);
    const sections = screen.getAllByRole('region').map((s) => s.getAttribute('data-testid'));
    expect(sections).toEqual([
      'list-view',
      'list-zone-cultuur',
      'list-zone-leiderschap',
      'list-zone-structuur',
      'list-zone-informatie',
      'list-zone-hr',
      'list-zone-unsorted',
    ]);
    expect(screen.getByRole('heading', { level: 3, name: /Professionele cultuur/ })).toBeTruthy();
    const field = within(screen.getByTestId(`list-note-${a}`)).getByLabelText(
      'Tekst van briefje 1 in Professionele cultuur',
    );
    expect((field as HTMLTextAreaElement).value).toBe('Samen leren');
    expect(within(screen.getByTestId('list-zone-unsorted')).getByTestId(`list-note-${b}`)).toBeTruthy();
  });

  it('edits text through the Y.Text, adds a note inside a zone and deletes one', () => {
    const { rt, doc } = boardFixture();
    const a = addNote(doc, { x: 100, y: 300, text: 'Samen' }, 'o');
    render(<Harness rt={rt} />);
    const field = within(screen.getByTestId(`list-note-${a}`)).getByRole('textbox') as HTMLTextAreaElement;
    field.value = 'Samen leren';
    field.setSelectionRange(11, 11);
    fireEvent.input(field);
    expect(noteText(mapIn(notesOf(doc), a))!.toString()).toBe('Samen leren');

    fireEvent.click(screen.getByRole('button', { name: 'Briefje toevoegen aan Leiderschap' }));
    const added = readBoard(doc).notes.find((n) => n.id !== a)!;
    expect(zoneOfNote(added, readBoard(doc).zones)).toBe('leiderschap');
    expect(added.authorId).toBe(rt.identity.id);
    expect(screen.getByTestId(`list-note-${added.id}`)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Briefje 1 in Professionele cultuur verwijderen' }));
    expect(notesOf(doc).has(a)).toBe(false);
    expect(screen.queryByTestId(`list-note-${a}`)).toBeNull();
    rt.undo.undo();
    expect(notesOf(doc).has(a)).toBe(true);
  });

  it('is read-only for a viewer: no add or delete, text fields read-only', () => {
    const { rt, doc } = boardFixture('viewer');
    const a = addNote(doc, { x: 100, y: 300, text: 'Samen' }, 'o');
    render(<Harness rt={rt} />);
    expect(screen.queryByRole('button', { name: /Briefje toevoegen/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /verwijderen/ })).toBeNull();
    expect((within(screen.getByTestId(`list-note-${a}`)).getByRole('textbox') as HTMLTextAreaElement).readOnly).toBe(
      true,
    );
  });

  it('announces notes that others add, not my own', () => {
    const { rt, doc, provider, awareness } = boardFixture();
    const peer = remotePeer(doc, provider);
    awareness.states.set(999, { user: { id: 'bram-00000000001', name: 'Bram', color: '#0072b2' } });
    render(<Harness rt={rt} />);
    const live = screen.getByTestId('live-announcer');
    act(() => {
      addNote(doc, { x: 100, y: 300, text: 'van mij' }, rt.origin);
    });
    expect(live.textContent).toBe('');
    act(() => {
      addNote(peer, { x: 1500, y: 300, text: 'Meer overleg', authorId: 'bram-00000000001' }, 'peer');
    });
    expect(live.textContent).toBe('Bram heeft een briefje toegevoegd in Leiderschap: Meer overleg');
    expect(useUiStore.getState().selection.size).toBe(0);
  });
});

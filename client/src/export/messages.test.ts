import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n';
import { ExportApiError } from './exportApi';
import { errorMessage, skipReason } from './messages';

const t = translatorFor('nl');

describe('export messages', () => {
  it('explains failures by status', () => {
    expect(errorMessage(t, new ExportApiError(0, 'NETWORK', 'x'))).toMatch(/Geen verbinding/);
    expect(errorMessage(t, new ExportApiError(413, 'TOO_LARGE', 'x'))).toBe('Het bestand is te groot.');
    expect(errorMessage(t, new ExportApiError(415, 'UNSUPPORTED', 'x'))).toMatch(/niet ondersteund/);
    expect(errorMessage(t, new ExportApiError(400, 'INVALID_INPUT', 'Not a backup.'))).toMatch(/Not a backup\./);
    expect(errorMessage(t, new ExportApiError(500, 'INTERNAL', 'x'))).toMatch(/500/);
  });

  it('translates the server’s reasons for skipped rows and keeps unknown ones', () => {
    expect(skipReason(t, 'empty text')).toBe('lege tekst');
    expect(skipReason(t, 'text longer than 2000 characters')).toBe('tekst langer dan 2000 tekens');
    expect(skipReason(t, 'the board is full (5000 notes)')).toBe('het bord is vol (5000 briefjes)');
    expect(skipReason(t, 'could not be read: Quoted field unterminated')).toBe('kon niet worden gelezen');
    expect(skipReason(t, 'something new')).toBe('something new');
  });
});

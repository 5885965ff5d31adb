import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../derive/readBoard.js';
import { metaOf } from '../ops/access.js';
import { initBoard } from '../ops/board.js';
import { MIGRATION_ORIGIN } from '../ops/origins.js';
import { SCHEMA_VERSION } from '../schema/keys.js';
import { MIGRATIONS, migrateDoc, schemaVersionOf, UnsupportedSchemaVersionError } from './index.js';

describe('migrations', () => {
  it('ends at SCHEMA_VERSION with strictly increasing versions', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(SCHEMA_VERSION);
  });

  it('exercises every step: an unversioned document migrates to the current version in one transaction', () => {
    const doc = new Y.Doc();
    metaOf(doc).set('title', 'Oud bord');
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    const applied = migrateDoc(doc);
    expect(applied).toEqual(MIGRATIONS.map((m) => m.name));
    expect(origins).toEqual([MIGRATION_ORIGIN]);
    expect(schemaVersionOf(doc)).toBe(SCHEMA_VERSION);
    expect(readBoard(doc).meta).toMatchObject({ title: 'Oud bord', lang: 'nl', templateId: 'empty' });
  });

  it('leaves a current document alone and refuses a newer one', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 't', templateId: 'plg', lang: 'nl' }, 'o');
    expect(migrateDoc(doc)).toEqual([]);
    metaOf(doc).set('schemaVersion', SCHEMA_VERSION + 1);
    expect(() => migrateDoc(doc)).toThrow(UnsupportedSchemaVersionError);
  });
});

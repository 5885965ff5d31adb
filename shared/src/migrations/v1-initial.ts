/**
 * v1: a document without a schema version (written by a tool before versioning) gets the
 * fields v1 requires: a title, template, language and creation time.
 */
import { metaOf } from '../ops/access.js';
import type { MigrationStep } from './index.js';

export const v1Initial: MigrationStep = {
  version: 1,
  name: 'v1-initial',
  up(doc) {
    const meta = metaOf(doc);
    if (typeof meta.get('title') !== 'string') meta.set('title', '');
    if (typeof meta.get('templateId') !== 'string') meta.set('templateId', 'empty');
    if (meta.get('lang') !== 'nl' && meta.get('lang') !== 'en') meta.set('lang', 'nl');
    if (typeof meta.get('createdAt') !== 'number') meta.set('createdAt', 0);
  },
};

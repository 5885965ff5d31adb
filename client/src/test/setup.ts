/**
 * Test setup: an in-memory IndexedDB for y-indexeddb and the i18n instance in Dutch (its strings
 * load like in the app, before anything renders).
 */
import 'fake-indexeddb/auto';
import { applyUiLang } from '../i18n/index';

await applyUiLang('nl');

/**
 * Test setup: an in-memory IndexedDB for y-indexeddb and the interface language Dutch (its strings
 * load like in the app, before anything renders).
 */
import 'fake-indexeddb/auto';
import { applyUiLang } from '../i18n';

await applyUiLang('nl');

/**
 * Test setup: an in-memory IndexedDB for y-indexeddb and the i18n instance in Dutch.
 */
import 'fake-indexeddb/auto';
import '../i18n/index';

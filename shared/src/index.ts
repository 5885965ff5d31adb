/**
 * @plg/shared: the board document's schema, validation, migrations and operations, the wire
 * protocol's constants and the HTTP schemas. Used by client and server alike.
 */
export * from './api/boards.js';
export * from './derive/readBoard.js';
export * from './derive/zoneLabel.js';
export * from './derive/zoneOfNote.js';
export * from './ids/newId.js';
export * from './ids/participant.js';
export * from './migrations/index.js';
export * from './ops/access.js';
export * from './ops/board.js';
export * from './ops/duplicate.js';
export * from './ops/groups.js';
export * from './ops/notes.js';
export * from './ops/origins.js';
export * from './ops/restore.js';
export * from './ops/text.js';
export * from './protocol/closeCodes.js';
export * from './protocol/messageTypes.js';
export * from './protocol/presence.js';
export * from './rules/changes.js';
export * from './rules/roles.js';
export * from './rules/votes.js';
export * from './schema/action.js';
export * from './schema/colors.js';
export * from './schema/group.js';
export * from './schema/keys.js';
export * from './schema/limits.js';
export * from './schema/meta.js';
export * from './schema/note.js';
export * from './schema/results.js';
export * from './schema/session.js';
export * from './schema/zone.js';
export * from './templates/index.js';
export * from './templates/types.js';

/**
 * Every numeric limit of the product in one place. The server enforces them, the client
 * respects them before sending, and RELIABILITY.md documents them.
 */
export const LIMITS = {
  /** Largest websocket frame accepted; a larger one closes the connection with 1009. */
  maxMessageBytes: 1024 * 1024,
  /** Largest encoded board document; updates that would grow it past this are refused. */
  maxDocumentBytes: 16 * 1024 * 1024,
  /** Notes per board (drafts included). */
  maxNotesPerBoard: 5000,
  /** Characters of text in one note. */
  maxNoteTextLength: 2000,
  /** Characters in a board title. */
  maxTitleLength: 120,
  /** Characters in a zone label and description. */
  maxZoneLabelLength: 80,
  maxZoneDescriptionLength: 400,
  /** Zones per board. */
  maxZonesPerBoard: 40,
  /** Characters in a display name. */
  maxNameLength: 40,
  /** Characters in a group label. */
  maxGroupLabelLength: 120,
  /** Characters in an action point field. */
  maxActionFieldLength: 500,
  /** Groups and action points per board. */
  maxGroupsPerBoard: 500,
  maxActionsPerBoard: 500,
  /** Bytes of one awareness (presence) state, JSON-encoded. */
  maxAwarenessStateBytes: 2048,
  /** Awareness messages per second per connection (burst allowance is twice this). */
  maxAwarenessPerSecond: 30,
  /** Work bounds on one incoming Yjs update, checked before it is integrated. */
  maxUpdateStructs: 20000,
  maxUpdateClients: 64,
  maxUpdateDeleteRanges: 20000,
  /** Websocket connections at once from one IP address. */
  maxConnectionsPerIp: 200,
  /** Boards created per IP address per hour. */
  maxBoardsPerIpPerHour: 60,
  /** Join-code guesses per IP address per minute. */
  maxJoinGuessesPerIpPerMinute: 20,
  /** Note geometry bounds (board units). */
  minNoteSize: 60,
  maxNoteSize: 1200,
  maxCoordinate: 1_000_000,
  /** Days an untouched board is kept before the server deletes it. */
  defaultRetentionDays: 90,
} as const;

/**
 * What the client does when the server closes the websocket, by close code
 * (shared/src/protocol/closeCodes.ts). 44xx codes are permanent for y-websocket.
 */
import { CLOSE } from '@plg/shared';

export type CloseAction =
  /** Show "board not found". */
  | 'notFound'
  /** Show "wrong key". */
  | 'badKey'
  /** Drop the local copy and resync from the server (a refused change). */
  | 'reset'
  /** Retry after a pause (rate limited). */
  | 'retryLater'
  /** The server cannot store; y-websocket keeps retrying; the badge shows it. */
  | 'storage'
  /** Too big / malformed: y-websocket reconnects; tell the user. */
  | 'tooBig'
  | 'malformed'
  /** Permanent refusal with no better handling (e.g. origin not allowed). */
  | 'fatal'
  /** Anything else: a network blip; y-websocket reconnects by itself. */
  | 'transient';

export function closeAction(code: number): CloseAction {
  switch (code) {
    case CLOSE.unknownBoard.code:
      return 'notFound';
    case CLOSE.badKey.code:
      return 'badKey';
    case CLOSE.forbidden.code:
    case CLOSE.documentFull.code:
      return 'reset';
    case CLOSE.rateLimited.code:
      return 'retryLater';
    case CLOSE.storageUnavailable.code:
      return 'storage';
    case CLOSE.tooBig.code:
      return 'tooBig';
    case CLOSE.malformed.code:
      return 'malformed';
    default:
      return code >= 4400 && code < 4500 ? 'fatal' : 'transient';
  }
}

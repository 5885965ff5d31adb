/**
 * After the facilitator deleted a board: this browser forgets it too (the offline copies of the
 * board and of this person's private document, the "boards I made" memo), and the home page
 * says what happened.
 */
import { forgetCreatedBoard } from '../../api/createdBoards';
import { noteBoardDeleted } from '../../pages/deletedNotice';
import { navigate } from '../../router';

export function afterBoardDeleted(boardId: string, title: string): void {
  noteBoardDeleted(title);
  forgetCreatedBoard(boardId);
  navigate('/', { replace: true });
  // Deleting waits until the board page has closed its connections to these databases.
  for (const name of [`plg-board:${boardId}`, `plg-private:${boardId}`]) {
    try {
      globalThis.indexedDB?.deleteDatabase(name);
    } catch {
      // No IndexedDB here: there is no copy to remove.
    }
  }
}

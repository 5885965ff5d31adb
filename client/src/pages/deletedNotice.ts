/**
 * The message the home page shows once after the facilitator deleted a board (kept in memory
 * only, for the in-app navigation from the board to the home page).
 */
export interface DeletedNotice {
  title: string;
}

let pending: DeletedNotice | null = null;

export function noteBoardDeleted(title: string): void {
  pending = { title };
}

/** Read without clearing (React may call a state initialiser twice); clear from an effect. */
export function peekDeletedNotice(): DeletedNotice | null {
  return pending;
}

export function clearDeletedNotice(): void {
  pending = null;
}

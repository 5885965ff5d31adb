/**
 * Boards this browser created, remembered in localStorage so the share dialog can show the
 * viewer link again later. The facilitator key is NOT stored (school laptops are shared): it
 * lives only in the fragment of the facilitator's link.
 */
const KEY = 'plg-board:created';
const MAX = 20;

export interface CreatedBoard {
  id: string;
  title: string;
  url: string;
  viewerUrl: string;
  joinCode: string;
  createdAt: number;
}

export function loadCreatedBoards(): CreatedBoard[] {
  try {
    const raw = localStorage.getItem(KEY);
    const list = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(list) ? (list.filter((b) => b && typeof b.id === 'string') as CreatedBoard[]) : [];
  } catch {
    return [];
  }
}

export function rememberCreatedBoard(board: CreatedBoard): void {
  try {
    const rest = loadCreatedBoards().filter((b) => b.id !== board.id);
    localStorage.setItem(KEY, JSON.stringify([board, ...rest].slice(0, MAX)));
  } catch {
    // Storage blocked: the links are still in the address bar.
  }
}

/** Drops a board from the memo (after it was deleted). */
export function forgetCreatedBoard(id: string): void {
  try {
    const rest = loadCreatedBoards().filter((b) => b.id !== id);
    localStorage.setItem(KEY, JSON.stringify(rest));
  } catch {
    // Storage blocked: nothing was remembered.
  }
}

export function createdBoard(id: string): CreatedBoard | undefined {
  return loadCreatedBoards().find((b) => b.id === id);
}

let shareOnOpen: string | null = null;

/** The next time this board opens, show the share dialog (right after creating it). */
export function markShareOnOpen(id: string): void {
  shareOnOpen = id;
}

export function takeShareOnOpen(id: string): boolean {
  const yes = shareOnOpen === id;
  if (yes) shareOnOpen = null;
  return yes;
}

/**
 * The session's inline SVG icons (24×24, stroke style, as ui/Icon), decorative: buttons carry
 * their own accessible name.
 */
import { SvgIcon } from '../../ui/Icon';

const PATHS = {
  clock: 'M12 21a9 9 0 100-18 9 9 0 000 18zM12 7v5l3 2',
  history: 'M3 12a9 9 0 109-9 9.75 9.75 0 00-6.74 2.74L3 8M3 3v5h5M12 7v5l4 2',
  play: 'M7 4l13 8-13 8z',
  pause: 'M7 4h4v16H7zM13 4h4v16h-4z',
  reset: 'M4 4v6h6M4.5 15a8 8 0 101.9-8.3L4 10',
  lock: 'M6 11h12v10H6zM8 11V7a4 4 0 018 0v4',
  unlock: 'M6 11h12v10H6zM8 11V7a4 4 0 017.5-2',
  present: 'M3 4h18v12H3zM8 21h8M12 16v5',
  dot: 'M12 17a5 5 0 100-10 5 5 0 000 10z',
  podium: 'M9 21V9h6v12M3 21v-7h6M15 21v-4h6v4M3 21h18',
  users: 'M9 11a4 4 0 100-8 4 4 0 000 8zM2 21a7 7 0 0114 0M16 3.5a4 4 0 010 7M18 14a6 6 0 014 7',
  qr: 'M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2zM14 18h2M18 14h2',
  follow: 'M3 11l18-8-8 18-2-8z',
  spotlight: 'M12 3v2M12 19v2M3 12h2M19 12h2M12 16a4 4 0 100-8 4 4 0 000 8z',
  flag: 'M5 21V4M5 4h12l-2 4 2 4H5',
  chart: 'M12 3l8 6-3 10H7L4 9zM12 8l4 3-1.5 5h-5L8 11z',
  checklist: 'M10 6h10M10 12h10M10 18h10M4 6l1 1 2-2M4 12l1 1 2-2M4 18l1 1 2-2',
  up: 'M6 15l6-6 6 6',
  down: 'M6 9l6 6 6-6',
  next: 'M5 12h14M13 6l6 6-6 6',
  sound: 'M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 010 6M18.5 6.5a8 8 0 010 11',
  mute: 'M4 9h4l5-4v14l-5-4H4zM17 9l5 6M22 9l-5 6',
  frame: 'M4 8h16M4 4h16v16H4z',
  incognito:
    'M3 12h18M7 12l2-7h6l2 7M8 19a2.5 2.5 0 100-5 2.5 2.5 0 000 5zM16 19a2.5 2.5 0 100-5 2.5 2.5 0 000 5zM10.5 16.5h3',
  cursor: 'M5 3l14 8-6 2-3 6z',
  eyeOff:
    'M3 3l18 18M10.6 6.1A9.9 9.9 0 0112 6c5 0 9 6 9 6a16 16 0 01-3 3.5M6.5 7.5C4.3 9 3 12 3 12s4 6 9 6a9 9 0 004-1',
  close: 'M6 6l12 12M18 6L6 18',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
} as const;

export type SessionIconName = keyof typeof PATHS;

export function SessionIcon({ name, size = 22 }: { name: SessionIconName; size?: number }) {
  return <SvgIcon d={PATHS[name]} size={size} filled={name === 'dot'} />;
}

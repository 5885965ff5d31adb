import { SvgIcon } from '../ui/Icon';

/** The export (download) icon, in the style of ui/Icon (24×24, stroke), decorative. */
export function ExportIcon({ size = 20 }: { size?: number }) {
  return <SvgIcon d="M12 4v11M7 10l5 5 5-5M5 19h14" size={size} />;
}

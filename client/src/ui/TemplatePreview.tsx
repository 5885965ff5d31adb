/** A thumbnail of a template's zones (SVG), for the template picker. */
import { boundsOf, type Template } from '@plg/shared';
import { darken } from '../canvas/zoneStyle';

export function TemplatePreview({ template }: { template: Template }) {
  const box = boundsOf(template.zones);
  if (!box) {
    return (
      <svg className="template-preview" viewBox="0 0 160 100" aria-hidden="true">
        <rect x="1" y="1" width="158" height="98" rx="8" fill="#f7f8fa" stroke="#d5d9e0" strokeDasharray="4 3" />
      </svg>
    );
  }
  const pad = box.width * 0.03;
  return (
    <svg
      className="template-preview"
      viewBox={`${box.x - pad} ${box.y - pad} ${box.width + pad * 2} ${box.height + pad * 2}`}
      aria-hidden="true"
      preserveAspectRatio="xMidYMid meet"
    >
      {template.zones.map((z) => (
        <rect
          key={z.key}
          x={z.x}
          y={z.y}
          width={z.width}
          height={z.height}
          rx={z.kind === 'centre' ? z.height / 2 : box.width * 0.015}
          fill={z.color}
          stroke={darken(z.color, z.kind === 'centre' ? 0.3 : 0.15)}
          strokeWidth={box.width * (z.kind === 'centre' ? 0.006 : 0.003)}
        />
      ))}
    </svg>
  );
}

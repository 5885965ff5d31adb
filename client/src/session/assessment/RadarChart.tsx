/**
 * The team's self-assessment as a radar chart (SVG): one axis per core element, levels 1–4 as
 * rings; the band between the lowest and highest answer, the team average, and (dashed) this
 * person's own answers. The element where people differ most is marked. Described for screen
 * readers; the table beside it carries the same numbers.
 */
import { useId } from 'react';
import { useT } from '../../i18n';
import { axisAngle, MAX_LEVEL, polygon, radarPoint } from './radarGeometry';

export interface RadarAxis {
  id: string;
  label: string;
  average: number;
  min: number;
  max: number;
  count: number;
  mine?: number;
}

// Compact, so the labels stay readable in a phone-wide panel (labels above and below the
// chart are centred on their axis; only the side ones stick out).
const W = 520;
const H = 410;
const CX = W / 2;
const CY = 218;
const R = 130;
const LINE = 22;

/** Splits a long label over two lines at the space nearest its middle. */
function lines(label: string): string[] {
  if (label.length <= 16) return [label];
  const mid = label.length / 2;
  let best = -1;
  for (let i = 0; i < label.length; i++)
    if (label[i] === ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
  return best < 0 ? [label] : [label.slice(0, best), label.slice(best + 1)];
}

export function RadarChart({ axes, highlight }: { axes: readonly RadarAxis[]; highlight: string | null }) {
  const t = useT();
  const titleId = useId();
  const n = axes.length;
  if (n < 3) return null;
  const rings = Array.from({ length: MAX_LEVEL }, (_, i) => polygon(Array(n).fill(i + 1), R, CX, CY));
  const assessed = axes.filter((a) => a.count > 0);
  const mine = axes.every((a) => a.mine !== undefined) ? axes.map((a) => a.mine ?? 0) : null;
  return (
    <svg
      className="radar-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={titleId}
      data-testid="radar-chart"
    >
      <title id={titleId}>
        {t('session.assessment.chartTitle')}:{' '}
        {axes
          .map((a) => t('session.assessment.chartAxis', { label: a.label, average: a.average.toFixed(1) }))
          .join('; ')}
      </title>
      <g className="radar-grid">
        {rings.map((points, i) => (
          <polygon key={points} points={points} className={i === MAX_LEVEL - 1 ? 'is-outer' : ''} />
        ))}
        {axes.map((a, i) => {
          const end = radarPoint(i, n, MAX_LEVEL, R, CX, CY);
          return (
            <line key={a.id} x1={CX} y1={CY} x2={end.x} y2={end.y} className={a.id === highlight ? 'is-gap' : ''} />
          );
        })}
        {[1, 2, 3, 4].map((level) => {
          const p = radarPoint(0, n, level, R, CX, CY);
          return (
            <text key={level} x={p.x + 6} y={p.y + 4} className="radar-level">
              {level}
            </text>
          );
        })}
      </g>
      {assessed.length === n && (
        <>
          <polygon
            className="radar-max"
            points={polygon(
              axes.map((a) => a.max),
              R,
              CX,
              CY,
            )}
          />
          <polygon
            className="radar-min"
            points={polygon(
              axes.map((a) => a.min),
              R,
              CX,
              CY,
            )}
          />
          <polygon
            className="radar-average"
            points={polygon(
              axes.map((a) => a.average),
              R,
              CX,
              CY,
            )}
          />
        </>
      )}
      {mine && <polygon className="radar-mine" points={polygon(mine, R, CX, CY)} />}
      {axes.map((a, i) =>
        a.count > 0 ? (
          <circle key={a.id} className="radar-dot" r={5} {...pointAttrs(radarPoint(i, n, a.average, R, CX, CY))} />
        ) : null,
      )}
      {axes.map((a, i) => {
        const angle = axisAngle(i, n);
        const p = radarPoint(i, n, MAX_LEVEL + 0.55, R, CX, CY);
        const sin = Math.sin(angle);
        const cos = Math.cos(angle);
        // The top label is centred; the others grow outwards (the lower ones from a little inside
        // their axis, below the chart, so two neighbours never collide).
        const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
        const x = sin > 0.5 ? p.x - Math.sign(cos) * 40 : p.x;
        const parts = lines(a.label);
        const dy = sin < -0.5 ? -(parts.length - 1) * LINE : sin > 0.5 ? 12 : 6 - ((parts.length - 1) * LINE) / 2;
        return (
          <text
            key={a.id}
            x={x}
            y={p.y + dy}
            textAnchor={anchor}
            className={`radar-label${a.id === highlight ? ' is-gap' : ''}`}
          >
            {parts.map((line, j) => (
              <tspan key={line} x={x} dy={j === 0 ? 0 : LINE}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </svg>
  );
}

const pointAttrs = (p: { x: number; y: number }) => ({ cx: p.x, cy: p.y });

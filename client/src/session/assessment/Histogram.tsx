/** How many people chose each of the four steps, as four small bars (and as text for screen readers). */
export function Histogram({
  counts,
  label,
}: {
  counts: readonly [number, number, number, number];
  label(index: number, count: number): string;
}) {
  const most = Math.max(1, ...counts);
  const text = counts.map((n, i) => label(i, n)).join(', ');
  return (
    <span className="histogram" title={text}>
      <span className="visually-hidden">{text}</span>
      {counts.map((n, i) => (
        <span
          // The four steps are fixed positions.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={i}
          className="histogram-bar"
          aria-hidden="true"
          style={{ height: `${Math.round((n / most) * 100)}%` }}
          data-count={n}
        />
      ))}
    </span>
  );
}

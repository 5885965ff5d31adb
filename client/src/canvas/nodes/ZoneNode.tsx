/**
 * One zone of the model as a soft rounded panel with a large label and a short description;
 * the centre zone ("Leren en ontwikkelen van leerlingen") as a raised card with a centred label.
 */
import type { Zone } from '@plg/shared';
import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import { darken, ZONE_STYLE, zoneDescriptionSize, zoneLabelSize } from '../zoneStyle';

interface Props {
  zone: Zone;
  label: string;
  description: string;
  /** Where the label starts below the zone's top (clear of the centre label). */
  headerOffset: number;
}

export const ZoneNode = memo(function ZoneNode({ zone, label, description, headerOffset }: Props) {
  const { padding, cornerRadius, fontFamily, lineHeight } = ZONE_STYLE;
  const labelSize = zoneLabelSize(zone);
  const descSize = zoneDescriptionSize(zone);
  const inner = zone.width - padding * 2;
  if (zone.kind === 'centre') {
    return (
      <Group x={zone.x} y={zone.y}>
        <Rect
          width={zone.width}
          height={zone.height}
          fill={zone.color}
          cornerRadius={zone.height / 2}
          stroke={darken(zone.color, 0.28)}
          strokeWidth={6}
          shadowColor="rgba(29,43,64,0.25)"
          shadowBlur={30}
          shadowOffsetY={8}
        />
        <Text
          x={padding}
          y={0}
          width={inner}
          height={zone.height}
          text={label}
          fontSize={labelSize}
          fontFamily={fontFamily}
          fontStyle="bold"
          lineHeight={lineHeight}
          fill={ZONE_STYLE.labelColor}
          align="center"
          verticalAlign="middle"
        />
      </Group>
    );
  }
  return (
    <Group x={zone.x} y={zone.y}>
      <Rect
        width={zone.width}
        height={zone.height}
        fill={zone.color}
        cornerRadius={cornerRadius}
        stroke={darken(zone.color, 0.12)}
        strokeWidth={3}
      />
      <Text
        x={padding}
        y={headerOffset}
        width={inner}
        text={label}
        fontSize={labelSize}
        fontFamily={fontFamily}
        fontStyle="bold"
        lineHeight={lineHeight}
        fill={ZONE_STYLE.labelColor}
        wrap="word"
        ellipsis
        height={labelSize * lineHeight * 2}
      />
      <Text
        x={padding}
        y={headerOffset + labelSize * lineHeight + 12}
        width={inner}
        height={descSize * lineHeight * 2}
        text={description}
        fontSize={descSize}
        fontFamily={fontFamily}
        lineHeight={lineHeight}
        fill={ZONE_STYLE.descriptionColor}
        wrap="word"
        ellipsis
      />
    </Group>
  );
});

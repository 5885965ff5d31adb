/** A phase's name as shown: the facilitator's own name for it, else the default (translated). */
import type { PhaseEntry, PhaseId } from '@plg/shared';
import type { TFunction } from '../../i18n';

export function phaseLabel(t: TFunction, id: PhaseId, phases: readonly PhaseEntry[]): string {
  const own = phases.find((p) => p.id === id)?.label.trim();
  return own || t(`session.phases.${id}.label`);
}

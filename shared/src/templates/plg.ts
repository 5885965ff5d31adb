/**
 * The PLG model: five core elements around the pupils' learning and development.
 * Labels follow the source text; descriptions are our own words.
 */
import { type Template, ZONE_COLORS } from './types.js';

export const PLG_TEMPLATE: Template = {
  id: 'plg',
  name: { nl: 'PLG-model', en: 'PLC model' },
  summary: {
    nl: 'Vijf kernelementen rond het leren en ontwikkelen van leerlingen.',
    en: "Five core elements around pupils' learning and development.",
  },
  zones: [
    {
      key: 'cultuur',
      label: { nl: 'Professionele cultuur', en: 'Professional culture' },
      description: {
        nl: 'Gedeelde waarden en normen, met het leren van leerlingen als gezamenlijke focus.',
        en: "Shared values and norms, with pupils' learning as the common focus.",
      },
      x: 0,
      y: 0,
      width: 1340,
      height: 860,
      color: ZONE_COLORS[0],
      kind: 'area',
    },
    {
      key: 'leiderschap',
      label: { nl: 'Leiderschap', en: 'Leadership' },
      description: {
        nl: 'Leiderschap dat richting geeft, steunt en ruimte maakt om samen te leren.',
        en: 'Leadership that sets direction, supports, and makes room to learn together.',
      },
      x: 1380,
      y: 0,
      width: 1340,
      height: 860,
      color: ZONE_COLORS[1],
      kind: 'area',
    },
    {
      key: 'structuur',
      label: { nl: 'Organisatiestructuur', en: 'Organisational structure' },
      description: {
        nl: 'Overleg, roosters en werkwijzen die samen leren en elkaar steunen mogelijk maken.',
        en: 'Meetings, timetables and routines that make learning together and mutual support possible.',
      },
      x: 0,
      y: 940,
      width: 880,
      height: 860,
      color: ZONE_COLORS[2],
      kind: 'area',
    },
    {
      key: 'informatie',
      label: { nl: 'Informatiesysteem', en: 'Information system' },
      description: {
        nl: 'Gegevens, resultaten en observaties die het gesprek over het leren van leerlingen voeden.',
        en: "Data, results and observations that feed the conversation about pupils' learning.",
      },
      x: 920,
      y: 940,
      width: 880,
      height: 860,
      color: ZONE_COLORS[3],
      kind: 'area',
    },
    {
      key: 'hr',
      label: { nl: 'HR-beleid', en: 'HR policy' },
      description: {
        nl: 'Personeelsbeleid dat motivatie, betrokkenheid, bevlogenheid en werkplezier versterkt.',
        en: 'People policy that strengthens motivation, commitment, dedication and joy in the work.',
      },
      x: 1840,
      y: 940,
      width: 880,
      height: 860,
      color: ZONE_COLORS[4],
      kind: 'area',
    },
    {
      key: 'centrum',
      label: { nl: 'Leren en ontwikkelen van leerlingen', en: "Pupils' learning and development" },
      description: {
        nl: 'Het gezamenlijke doel waar elk element aan bijdraagt.',
        en: 'The shared goal every element serves.',
      },
      x: 1080,
      y: 720,
      width: 560,
      height: 360,
      color: '#fff8e1',
      kind: 'centre',
    },
  ],
};

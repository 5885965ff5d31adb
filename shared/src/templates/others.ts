/**
 * The further models the source text cites: 21st-century skills, two tensions,
 * perspectives and the Curriculum.nu learning areas; and the empty board.
 */
import { gridZones, type Template, ZONE_COLORS } from './types.js';

const d = (nl: string, en: string) => ({ nl, en });

export const SKILLS_TEMPLATE: Template = {
  id: 'skills21',
  name: d('21e-eeuwse vaardigheden', '21st-century skills'),
  summary: d('Elf vaardigheden uit het model van Kennisnet en SLO.', 'Eleven skills from the Kennisnet and SLO model.'),
  zones: gridZones(
    [
      {
        key: 'creatief',
        label: d('Creatief denken', 'Creative thinking'),
        description: d('Nieuwe ideeën bedenken en uitproberen.', 'Coming up with new ideas and trying them out.'),
      },
      {
        key: 'kritisch',
        label: d('Kritisch denken', 'Critical thinking'),
        description: d('Zelfstandig en weloverwogen oordelen.', 'Forming independent, well-founded judgements.'),
      },
      {
        key: 'probleemoplossend',
        label: d('Probleemoplossend vermogen', 'Problem solving'),
        description: d('Een probleem herkennen en aanpakken.', 'Recognising a problem and tackling it.'),
      },
      {
        key: 'informatie',
        label: d('Informatievaardigheden', 'Information skills'),
        description: d('Informatie zoeken, beoordelen en gebruiken.', 'Finding, judging and using information.'),
      },
      {
        key: 'ict',
        label: d('ICT-basisvaardigheden', 'Basic ICT skills'),
        description: d('Werken met computers en netwerken.', 'Working with computers and networks.'),
      },
      {
        key: 'computational',
        label: d('Computational thinking', 'Computational thinking'),
        description: d('Problemen zo formuleren dat een computer helpt.', 'Framing problems so a computer can help.'),
      },
      {
        key: 'mediawijsheid',
        label: d('Mediawijsheid', 'Media literacy'),
        description: d('Bewust en kritisch omgaan met media.', 'Using media consciously and critically.'),
      },
      {
        key: 'communiceren',
        label: d('Communiceren', 'Communication'),
        description: d(
          'Doelgericht informatie overbrengen en ontvangen.',
          'Conveying and receiving information purposefully.',
        ),
      },
      {
        key: 'samenwerken',
        label: d('Samenwerken', 'Collaboration'),
        description: d(
          'Samen een doel bereiken en van elkaar leren.',
          'Reaching a goal together and learning from each other.',
        ),
      },
      {
        key: 'sociaal',
        label: d('Sociale en culturele vaardigheden', 'Social and cultural skills'),
        description: d(
          'Effectief omgaan met anderen uit verschillende achtergronden.',
          'Working well with people from different backgrounds.',
        ),
      },
      {
        key: 'zelfregulering',
        label: d('Zelfregulering', 'Self-regulation'),
        description: d('Eigen gedrag, denken en leren sturen.', 'Steering one’s own behaviour, thinking and learning.'),
      },
    ],
    4,
    ZONE_COLORS,
  ),
};

export const TENSIONS_TEMPLATE: Template = {
  id: 'tensions',
  name: d('Twee spanningsvelden', 'Two tensions'),
  summary: d(
    'Individu ↔ samenleving en keuzevrijheid ↔ gelijke kansen: waar staan we, waar willen we heen?',
    'Individual ↔ society and freedom of choice ↔ equal opportunity: where are we, where do we want to be?',
  ),
  zones: gridZones(
    [
      {
        key: 'individu-keuze',
        label: d('Individu · keuzevrijheid', 'Individual · freedom of choice'),
        description: d(
          'Individuele wensen en vrije keuze staan voorop.',
          'Individual wishes and free choice come first.',
        ),
      },
      {
        key: 'samenleving-keuze',
        label: d('Samenleving · keuzevrijheid', 'Society · freedom of choice'),
        description: d('Maatschappelijk belang, met ruimte voor keuze.', 'Societal interest, with room for choice.'),
      },
      {
        key: 'individu-kansen',
        label: d('Individu · gelijke kansen', 'Individual · equal opportunity'),
        description: d(
          'Individuele wensen, met gelijke kansen als grens.',
          'Individual wishes, bounded by equal opportunity.',
        ),
      },
      {
        key: 'samenleving-kansen',
        label: d('Samenleving · gelijke kansen', 'Society · equal opportunity'),
        description: d(
          'Maatschappelijk belang en gelijke kansen voor iedereen.',
          'Societal interest and equal opportunity for all.',
        ),
      },
    ],
    2,
    ZONE_COLORS,
    1000,
    700,
  ),
};

export const PERSPECTIVES_TEMPLATE: Template = {
  id: 'perspectives',
  name: d('Perspectieven', 'Perspectives'),
  summary: d(
    'De PLG door de ogen van schoolleider, leraar, ouders en leerling.',
    'The PLC through the eyes of school leader, teacher, parents and pupil.',
  ),
  zones: [
    ...gridZones(
      [
        {
          key: 'schoolleider',
          label: d('Schoolleider', 'School leader'),
          description: d('Wat ziet en wil de schoolleider?', 'What does the school leader see and want?'),
        },
        {
          key: 'leraar',
          label: d('Leraar', 'Teacher'),
          description: d('Wat ziet en wil de leraar?', 'What does the teacher see and want?'),
        },
        {
          key: 'ouders',
          label: d('Ouders als partners', 'Parents as partners'),
          description: d(
            'Wat zien en willen ouders als onderwijspartner?',
            'What do parents, as partners in education, see and want?',
          ),
        },
        {
          key: 'leerling',
          label: d('Leerling', 'Pupil'),
          description: d('Wat ziet en wil de leerling?', 'What does the pupil see and want?'),
        },
      ],
      2,
      ZONE_COLORS,
      1000,
      700,
    ),
    {
      key: 'centrum',
      label: d('Leren en ontwikkelen van leerlingen', "Pupils' learning and development"),
      description: d('Het gezamenlijke doel van alle perspectieven.', 'The shared goal of every perspective.'),
      x: 760,
      y: 560,
      width: 520,
      height: 300,
      color: '#fff8e1',
      kind: 'centre',
    },
  ],
};

export const CURRICULUM_TEMPLATE: Template = {
  id: 'curriculum',
  name: d('Curriculum.nu-leergebieden', 'Curriculum.nu learning areas'),
  summary: d('De negen leergebieden van Curriculum.nu.', 'The nine learning areas of Curriculum.nu.'),
  zones: gridZones(
    [
      {
        key: 'digitaal',
        label: d('Digitale geletterdheid', 'Digital literacy'),
        description: d('Digitale vaardigheden en begrip.', 'Digital skills and understanding.'),
      },
      {
        key: 'rekenen',
        label: d('Rekenen en wiskunde', 'Arithmetic and mathematics'),
        description: d('Getallen, verbanden en redeneren.', 'Numbers, relations and reasoning.'),
      },
      {
        key: 'kunst',
        label: d('Kunst en cultuur', 'Arts and culture'),
        description: d('Creatief en cultureel leren.', 'Creative and cultural learning.'),
      },
      {
        key: 'talen',
        label: d('Engels en moderne vreemde talen', 'English and modern languages'),
        description: d('Communiceren in andere talen.', 'Communicating in other languages.'),
      },
      {
        key: 'burgerschap',
        label: d('Burgerschap', 'Citizenship'),
        description: d('Meedoen in een democratische samenleving.', 'Taking part in a democratic society.'),
      },
      {
        key: 'natuur',
        label: d('Mens en natuur', 'People and nature'),
        description: d('Natuur, techniek en de wereld om ons heen.', 'Nature, technology and the world around us.'),
      },
      {
        key: 'nederlands',
        label: d('Nederlands', 'Dutch'),
        description: d('Lezen, schrijven, spreken en luisteren.', 'Reading, writing, speaking and listening.'),
      },
      {
        key: 'bewegen',
        label: d('Bewegen en sport', 'Movement and sport'),
        description: d('Bewegen, spel en gezondheid.', 'Movement, play and health.'),
      },
      {
        key: 'maatschappij',
        label: d('Mens en maatschappij', 'People and society'),
        description: d('Geschiedenis, aardrijkskunde en samenleving.', 'History, geography and society.'),
      },
    ],
    3,
    ZONE_COLORS,
  ),
};

export const EMPTY_TEMPLATE: Template = {
  id: 'empty',
  name: d('Leeg bord', 'Empty board'),
  summary: d('Geen zones, voor elk ander gesprek.', 'No zones, for any other conversation.'),
  zones: [],
};

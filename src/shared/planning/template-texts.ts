import type { Language } from '../model/settings';

/**
 * The words of the built-in block templates and of the return-to-training ramp, in English and
 * Dutch. The numbers (days, times, durations, RPE) live in templates.ts and return-ramp.ts, so both
 * languages plan exactly the same sessions.
 */

export const BUILT_IN_TEMPLATE_KEYS = ['strength', 'enduranceBase', 'concurrent', 'taper', 'return'] as const;
export type BuiltInTemplateKey = (typeof BUILT_IN_TEMPLATE_KEYS)[number];

export const TEMPLATE_SESSION_KINDS = [
  'lowerBodyStrength',
  'upperBodyStrength',
  'fullBodyStrength',
  'maintenanceStrength',
  'teamPractice',
  'speedAndSkill',
  'aerobicRun',
  'longAerobicRun',
  'aerobicIntervals',
  'tempoIntervals',
] as const;
export type TemplateSessionKind = (typeof TEMPLATE_SESSION_KINDS)[number];

interface Words {
  name: string;
  notes: string;
}

interface SessionWords {
  title: string;
  description: string;
}

export interface TemplateTexts {
  templates: Record<BuiltInTemplateKey, Words>;
  sessions: Record<TemplateSessionKind, SessionWords>;
}

const ENGLISH: TemplateTexts = {
  templates: {
    strength: {
      name: 'Strength block (4 weeks)',
      notes:
        'Three loading weeks with rising volume and RPE, then a deload week at about 60 % of week 3. ' +
        'Endurance work stays small so the strength focus is not diluted.',
    },
    enduranceBase: {
      name: 'Aerobic base (6 weeks)',
      notes:
        'Aerobic volume rises a little every week (never more than 30 % above the two weeks before). ' +
        'One short strength session a week keeps strength without diluting the endurance focus.',
    },
    concurrent: {
      name: 'Strength and endurance (4 weeks)',
      notes:
        'Strength at 08:00, endurance at 16:00: 7 h after the strength session ends and never before ' +
        'it on the same day, so the two stimuli interfere as little as possible.',
    },
    taper: {
      name: 'Taper (2 weeks)',
      notes:
        'Volume cut by about 40 % and then 60 % against a normal week of about 1,950 AU, with the same ' +
        'intensity (target RPE). Plan the competition after week 2.',
    },
    return: {
      name: 'Return to training (4 weeks)',
      notes:
        'Low volume in week 1 without hard sessions, then a steady rise. For a squad coming back from ' +
        'the off-season; individual athletes get their own ramp from their pre-break load.',
    },
  },
  sessions: {
    lowerBodyStrength: {
      title: 'Lower-body strength',
      description: 'Squat, hinge and lunge patterns; leave 1–2 reps in reserve.',
    },
    upperBodyStrength: {
      title: 'Upper-body strength',
      description: 'Push and pull patterns, trunk work; leave 1–2 reps in reserve.',
    },
    fullBodyStrength: {
      title: 'Full-body strength',
      description: 'Basic patterns at moderate loads; technique first.',
    },
    maintenanceStrength: {
      title: 'Maintenance strength',
      description: 'Short session: 2–3 sets of the main lifts, keep the heavy loads.',
    },
    teamPractice: {
      title: 'Team practice',
      description: 'Technical and tactical work with the squad.',
    },
    speedAndSkill: {
      title: 'Speed and skill',
      description: 'Short sprints with full rest, then ball work.',
    },
    aerobicRun: {
      title: 'Aerobic run',
      description: 'Easy continuous run; the athlete can still talk.',
    },
    longAerobicRun: {
      title: 'Long aerobic run',
      description: 'Longest run of the week at an easy, steady pace.',
    },
    aerobicIntervals: {
      title: 'Aerobic intervals',
      description: 'Long intervals at a moderate pace with short recoveries.',
    },
    tempoIntervals: {
      title: 'Tempo intervals',
      description: 'Hard intervals at tempo pace with full recoveries.',
    },
  },
};

const DUTCH: TemplateTexts = {
  templates: {
    strength: {
      name: 'Krachtblok (4 weken)',
      notes:
        'Drie belastingsweken met stijgend volume en RPE, daarna een herstelweek op ongeveer 60 % van ' +
        'week 3. Duurwerk blijft klein, zodat de krachtfocus niet verwatert.',
    },
    enduranceBase: {
      name: 'Aerobe basis (6 weken)',
      notes:
        'Het aerobe volume stijgt elke week een beetje (nooit meer dan 30 % boven de twee weken ervoor). ' +
        'Eén korte krachttraining per week houdt de kracht vast zonder de duurfocus te verwateren.',
    },
    concurrent: {
      name: 'Kracht en duur (4 weken)',
      notes:
        'Kracht om 08:00, duur om 16:00: 7 uur na het einde van de krachttraining en nooit ervoor op ' +
        'dezelfde dag, zodat de twee prikkels elkaar zo min mogelijk hinderen.',
    },
    taper: {
      name: 'Taper (2 weken)',
      notes:
        'Volume ongeveer 40 % en daarna 60 % lager dan in een normale week van ongeveer 1.950 AU, met ' +
        'dezelfde intensiteit (doel-RPE). Plan de wedstrijd na week 2.',
    },
    return: {
      name: 'Terugkeer naar training (4 weken)',
      notes:
        'Laag volume in week 1 zonder zware trainingen, daarna een geleidelijke opbouw. Voor een selectie ' +
        'na de zomerstop; individuele sporters krijgen een eigen opbouw op basis van hun belasting vóór de pauze.',
    },
  },
  sessions: {
    lowerBodyStrength: {
      title: 'Krachttraining onderlichaam',
      description: 'Squat-, heup- en lunge-oefeningen; houd 1–2 herhalingen in reserve.',
    },
    upperBodyStrength: {
      title: 'Krachttraining bovenlichaam',
      description: 'Duw- en trekoefeningen, romp; houd 1–2 herhalingen in reserve.',
    },
    fullBodyStrength: {
      title: 'Krachttraining hele lichaam',
      description: 'Basisoefeningen met matige gewichten; techniek eerst.',
    },
    maintenanceStrength: {
      title: 'Onderhoud kracht',
      description: 'Korte training: 2–3 series van de hoofdoefeningen, zware gewichten behouden.',
    },
    teamPractice: {
      title: 'Teamtraining',
      description: 'Technisch en tactisch werk met de selectie.',
    },
    speedAndSkill: {
      title: 'Snelheid en techniek',
      description: 'Korte sprints met volledige rust, daarna balwerk.',
    },
    aerobicRun: {
      title: 'Duurloop',
      description: 'Rustige duurloop; de sporter kan nog praten.',
    },
    longAerobicRun: {
      title: 'Lange duurloop',
      description: 'Langste loop van de week in een rustig, gelijkmatig tempo.',
    },
    aerobicIntervals: {
      title: 'Extensieve intervallen',
      description: 'Lange intervallen in een matig tempo met korte pauzes.',
    },
    tempoIntervals: {
      title: 'Tempo-intervallen',
      description: 'Zware intervallen op tempo met volledig herstel.',
    },
  },
};

/** The template words in `language`. */
export function templateTexts(language: Language): TemplateTexts {
  return language === 'nl' ? DUTCH : ENGLISH;
}

/** The two parts of a return-to-training week. */
export type ReturnRampPart = 'strength' | 'other';

export interface ReturnRampTexts {
  title: (part: ReturnRampPart, weekIndex: number) => string;
  /** `percentOfPreBreak` = this week's target of the part ÷ its pre-break level × 100, rounded. */
  description: (
    part: ReturnRampPart,
    weekIndex: number,
    targetAu: number,
    percentOfPreBreak: number,
  ) => string;
}

const RAMP_ENGLISH: ReturnRampTexts = {
  title: (part, weekIndex) =>
    part === 'strength' ? `Return: strength (week ${weekIndex})` : `Return: aerobic run (week ${weekIndex})`,
  description: (part, weekIndex, targetAu, percent) =>
    `Return-to-training ramp, week ${weekIndex}: ${part === 'strength' ? 'strength' : 'endurance and impact work'} ` +
    `${Math.round(targetAu)} AU this week (${percent} % of the pre-break level). ` +
    'Product default, adjustable in Settings.',
};

const RAMP_DUTCH: ReturnRampTexts = {
  title: (part, weekIndex) =>
    part === 'strength' ? `Terugkeer: kracht (week ${weekIndex})` : `Terugkeer: duurloop (week ${weekIndex})`,
  description: (part, weekIndex, targetAu, percent) =>
    `Opbouw na een pauze, week ${weekIndex}: ${part === 'strength' ? 'kracht' : 'duur- en impactwerk'} ` +
    `${Math.round(targetAu)} AU deze week (${percent} % van het niveau vóór de pauze). ` +
    'Standaardwaarde van de app, aan te passen in Instellingen.',
};

/** The return-ramp words in `language`. */
export function returnRampTexts(language: Language): ReturnRampTexts {
  return language === 'nl' ? RAMP_DUTCH : RAMP_ENGLISH;
}

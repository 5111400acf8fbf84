import { defineTexts } from '../../i18n/bundle';

export const recoveryMapTexts = defineTexts(
  {
    title: 'Recovery map',
    description:
      'Each athlete’s recovery phase for the chosen kind of work at {{time}} on each day: the last 14 days and the next 3. Green cells are ready for a hard session of that kind; a hard strength session does not hold back endurance work.',
    date: 'Date',
    columnAthlete: 'Athlete',
    legend: 'Legend',
    phaseNone: 'No hard session yet',
    phaseAcute: 'Acute (0–24 h): no hard work',
    phaseRegeneration: 'Regeneration (24–72 h): light work only',
    phaseAdaptation: 'Adaptation (after 72 h): ready for a hard session',
    phaseUnknown: 'Unknown: no check-in or session in the days before',
    classLabel: 'Hard work of',
    hardSessionMark: 'Hard session',
    ageScaled:
      'Phases are longer for athletes aged 35 and over (×1.25 from 35, ×1.5 from 50): an adjustable product default.',
    future: 'next days',
    today: 'selected day',
    cellLabel: '{{name}}, {{date}}: {{phase}}',
    hardSessionTitle:
      'Hard session: {{stimulus}}, {{start}}{{duration}} min, RPE {{rpe}}, load {{load}} AU — ended {{end}}',
    noStartTime: 'no start time, ',
    noneInSquad: 'No athletes in this squad.',
    noHardSessions:
      'No hard session in these 17 days: every cell is “no hard session yet” or adaptation. A hard session is RPE ≥ 7 or a load of 1.5 × the athlete’s usual session.',
  },
  {
    title: 'Herstelkaart',
    description:
      'De herstelfase van elke sporter voor de gekozen soort werk om {{time}} op elke dag: de laatste 14 dagen en de komende 3. Groene vakken zijn klaar voor een zware training van die soort; een zware krachttraining houdt duurwerk niet tegen.',
    date: 'Datum',
    columnAthlete: 'Sporter',
    legend: 'Legenda',
    phaseNone: 'Nog geen zware training',
    phaseAcute: 'Acuut (0–24 u): geen zwaar werk',
    phaseRegeneration: 'Regeneratie (24–72 u): alleen licht werk',
    phaseAdaptation: 'Adaptatie (na 72 u): klaar voor een zware training',
    phaseUnknown: 'Onbekend: geen welzijnscheck of training in de dagen ervoor',
    classLabel: 'Zwaar werk van soort',
    hardSessionMark: 'Zware training',
    ageScaled:
      'Fasen duren langer voor sporters van 35 jaar en ouder (×1,25 vanaf 35, ×1,5 vanaf 50): een aanpasbare standaardwaarde.',
    future: 'komende dagen',
    today: 'gekozen dag',
    cellLabel: '{{name}}, {{date}}: {{phase}}',
    hardSessionTitle:
      'Zware training: {{stimulus}}, {{start}}{{duration}} min, RPE {{rpe}}, belasting {{load}} AU — klaar {{end}}',
    noStartTime: 'geen begintijd, ',
    noneInSquad: 'Geen sporters in deze groep.',
    noHardSessions:
      'Geen zware training in deze 17 dagen: elk vak is “nog geen zware training” of adaptatie. Zwaar is RPE ≥ 7 of een belasting van 1,5 × de gebruikelijke training van de sporter.',
  },
);

import {
  reason,
  type RatioReasonParams,
  type ReadinessReason,
  type ReadinessRuleId,
  type RecoveryReasonParams,
} from '@shared/metrics';

/**
 * One typical reason per rule, shaped as readiness-rules.ts makes them, with the English and Dutch
 * sentence a coach should read. The Record type makes a rule without a sample a compile error.
 */
export interface ReasonSample {
  reason: ReadinessReason;
  en: string;
  nl: string;
  /** Values that must appear in both languages (formatted per language where they have decimals). */
  values: { en: readonly string[]; nl: readonly string[] };
}

export const RECOVERY_PARAMS: RecoveryReasonParams = {
  recoveryClass: 'strength',
  sessionDate: '2025-03-04',
  sessionEndDate: '2025-03-04',
  sessionEndTime: '19:30',
  ageFactor: 1,
  stimulus: 'strength',
  nextPhaseDate: '2025-03-06',
  nextPhaseTime: '09:00',
  adaptationDate: '2025-03-07',
  adaptationTime: '19:30',
};
const ratioParams: RatioReasonParams = { acuteAu: 638.4, chronicAu: 459.2, variant: 'ewma' };

export const REASON_SAMPLES: Record<ReadinessRuleId, ReasonSample> = {
  availability: {
    reason: reason('availability', 'red', null, null, {
      kind: 'ill',
      startDate: '2025-03-03',
      endDate: '2025-03-12',
    }),
    en: 'Ill from 3 Mar to 12 Mar',
    nl: 'Ziek van 3 mrt t/m 12 mrt',
    values: { en: ['3 Mar', '12 Mar'], nl: ['3 mrt', '12 mrt'] },
  },
  'recovery-acute': {
    reason: reason('recovery-acute', 'info', 18.2, 24, RECOVERY_PARAMS),
    en: 'Hard session (Strength) 18 h ago — strength in the acute phase, hard strength work from Fri 19:30',
    nl: 'Zware training (Kracht) 18 uur geleden — kracht in de acute fase, zwaar krachtwerk vanaf vr 19:30',
    values: { en: ['18', 'Fri 19:30'], nl: ['18', 'vr 19:30'] },
  },
  'recovery-regeneration': {
    reason: reason('recovery-regeneration', 'info', 40, 72, {
      ...RECOVERY_PARAMS,
      recoveryClass: 'endurance',
      stimulus: 'hiit',
    }),
    en: 'Hard session (HIIT) 40 h ago — endurance in regeneration, hard endurance work from Fri 19:30',
    nl: 'Zware training (HIIT) 40 uur geleden — duur in regeneratie, zwaar duurwerk vanaf vr 19:30',
    values: { en: ['40', 'Fri 19:30'], nl: ['40', 'vr 19:30'] },
  },
  'acwr-danger': {
    reason: reason('acwr-danger', 'amber', 1.6123, 1.5, ratioParams),
    en: 'EWMA ratio 1.61 (acute 638 / chronic 459 AU) — at or above 1.5, the danger zone',
    nl: 'Belastingsratio 1,61 (EWMA; acuut 638 / chronisch 459 AU) — op of boven 1,5, de gevarenzone',
    values: { en: ['1.61', '638', '459', '1.5'], nl: ['1,61', '638', '459', '1,5'] },
  },
  'acwr-high': {
    reason: reason('acwr-high', 'info', 1.3912, 1.3, ratioParams),
    en: 'EWMA ratio 1.39 (acute 638 / chronic 459 AU) — above 1.3',
    nl: 'Belastingsratio 1,39 (EWMA; acuut 638 / chronisch 459 AU) — boven 1,3',
    values: { en: ['1.39', '638', '459', '1.3'], nl: ['1,39', '638', '459', '1,3'] },
  },
  'acwr-low': {
    reason: reason('acwr-low', 'info', 0.64, 0.8, { acuteAu: 300, chronicAu: 468.75, variant: 'ewma' }),
    en: 'EWMA ratio 0.64 (acute 300 / chronic 469 AU) — below 0.8',
    nl: 'Belastingsratio 0,64 (EWMA; acuut 300 / chronisch 469 AU) — onder 0,8',
    values: { en: ['0.64', '300', '469', '0.8'], nl: ['0,64', '300', '469', '0,8'] },
  },
  'insufficient-history': {
    reason: reason('insufficient-history', 'info', 12, 28, {}),
    en: 'Only 12 days of load history — the ratio needs 28',
    nl: 'Pas 12 dagen belastingshistorie — de ratio heeft er 28 nodig',
    values: { en: ['12', '28'], nl: ['12', '28'] },
  },
  'wellness-composite': {
    reason: reason('wellness-composite', 'red', -2.34, -2, { score: 11, baselineMean: 17.5 }),
    en: 'Wellness total 11/25, 2.3 SD below own baseline (17.5)',
    nl: 'Welzijnstotaal 11/25, 2,3 SD onder eigen gemiddelde (17,5)',
    values: { en: ['11', '2.3', '17.5'], nl: ['11', '2,3', '17,5'] },
  },
  'wellness-item': {
    reason: reason('wellness-item', 'amber', -2.4, -2, { item: 'sleepQuality', score: 2, baselineMean: 3.9 }),
    en: 'Sleep quality 2/5, 2.4 SD below own baseline (3.9)',
    nl: 'Slaapkwaliteit 2/5, 2,4 SD onder eigen gemiddelde (3,9)',
    values: { en: ['2/5', '2.4', '3.9'], nl: ['2/5', '2,4', '3,9'] },
  },
  'no-checkin-today': {
    reason: reason('no-checkin-today', 'info', null, null, {}),
    en: 'No check-in today',
    nl: 'Geen welzijnscheck vandaag',
    values: { en: [], nl: [] },
  },
  'no-wellness-baseline': {
    reason: reason('no-wellness-baseline', 'info', null, 7, {}),
    en: 'No wellness baseline yet: it needs 7 check-ins',
    nl: 'Nog geen eigen welzijnsgemiddelde: daarvoor zijn 7 welzijnschecks nodig',
    values: { en: ['7'], nl: ['7'] },
  },
  'hrv-below-range': {
    reason: reason('hrv-below-range', 'amber', 3.812, 3.9, { rangeHigh: 4.256 }),
    en: 'HRV (7-day mean of ln RMSSD) 3.81, below the normal range 3.9–4.26',
    nl: 'HRV (7-daags gemiddelde van ln RMSSD) 3,81, onder het normaalbereik 3,9–4,26',
    values: { en: ['3.81', '3.9', '4.26'], nl: ['3,81', '3,9', '4,26'] },
  },
  'resting-hr-high': {
    reason: reason('resting-hr-high', 'amber', 58.43, 55.2, {}),
    en: 'Resting HR (7-day mean) 58.4 bpm, above 55.2 bpm',
    nl: 'Rusthartslag (7-daags gemiddelde) 58,4 slagen/min, boven 55,2 slagen/min',
    values: { en: ['58.4', '55.2'], nl: ['58,4', '55,2'] },
  },
  'sustained-fatigue': {
    reason: reason('sustained-fatigue', 'amber', 5, 5, { windowCheckinDays: 7 }),
    en: 'Sustained fatigue: 5 of the last 7 check-ins flagged',
    nl: 'Aanhoudende vermoeidheid: 5 van de laatste 7 welzijnschecks afwijkend',
    values: { en: ['5', '7'], nl: ['5', '7'] },
  },
  'monotony-high': {
    reason: reason('monotony-high', 'info', 2.437, 2, { strainAu: 5123.4 }),
    en: 'Monotony 2.44 over the last week (strain 5,123 AU) — above 2: the days differ too little',
    nl: 'Monotonie 2,44 over de afgelopen week (strain 5.123 AU) — boven 2: te weinig verschil tussen de dagen',
    values: { en: ['2.44', '5,123'], nl: ['2,44', '5.123'] },
  },
  'returning-from-break': {
    reason: reason('returning-from-break', 'amber', 21, 14, {
      kind: 'availability',
      stage: 'ramp',
      breakStartDate: '2025-02-20',
      breakEndDate: '2025-03-12',
      preBreakChronicWeeklyLoadAu: 2100,
    }),
    en: 'Returning from a 21-day break (absent until 12 Mar)',
    nl: 'Terug na 21 dagen pauze (afwezig t/m 12 mrt)',
    values: { en: ['21', '12 Mar'], nl: ['21', '12 mrt'] },
  },
  'combined-signals': {
    reason: reason('combined-signals', 'red', 2, 2, { sources: ['wellness', 'load'] }),
    en: 'Warning signs from wellness and load on the same day',
    nl: 'Waarschuwingen uit welzijn en belasting op dezelfde dag',
    values: { en: ['wellness', 'load'], nl: ['welzijn', 'belasting'] },
  },
  detraining: {
    reason: reason('detraining', 'info', 16, 14, { recoveryClass: 'endurance' }),
    en: '16 days since the last endurance session',
    nl: '16 dagen sinds de laatste duurtraining',
    values: { en: ['16', 'endurance'], nl: ['16', 'duurtraining'] },
  },
  'no-recent-data': {
    reason: reason('no-recent-data', 'grey', 4, 3, {}),
    en: 'No check-in or session for 4 days',
    nl: 'Al 4 dagen geen welzijnscheck of training',
    values: { en: ['4'], nl: ['4'] },
  },
};

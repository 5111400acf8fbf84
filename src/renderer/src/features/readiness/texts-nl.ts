import type { ReadinessTextKey } from './texts-en';

/** Dutch texts of the readiness namespace: exactly the English keys (the type says so). */
export const readinessNl: Record<ReadinessTextKey, string> = {
  title: 'Gereedheid',
  status_green: 'Klaar',
  status_amber: 'Opletten',
  status_red: 'Niet klaar',
  status_grey: 'Geen gegevens',
  statusHint_green: 'Klaar voor een zware training vandaag',
  statusHint_amber: 'Eén eigen waarschuwingssignaal: bekijk de redenen vóór een zware training',
  statusHint_red:
    'Niet klaar voor zware training: geblesseerd of ziek, zeer laag welzijn, of waarschuwingen uit twee bronnen',
  statusHint_grey: 'Geen recente welzijnscheck of training: gereedheid onbekend',
  severity_red: 'Niet klaar',
  severity_amber: 'Opletten',
  severity_grey: 'Geen gegevens',
  severity_info: 'Ter informatie',
  phase_acute: 'Acute fase',
  phase_regeneration: 'Regeneratie',
  phase_adaptation: 'Adaptatie',
  phase_none: 'Geen zware training',
  phaseInline_acute: 'acute fase',
  phaseInline_regeneration: 'regeneratie',
  phaseInline_adaptation: 'adaptatie',
  nextPhase: '{{phase}} vanaf {{when}} (over {{hours}} uur)',
  recoveryLabel: 'Herstelfase: {{phase}}',
  item_sleepQuality: 'Slaapkwaliteit',
  item_fatigue: 'Vermoeidheid',
  item_soreness: 'Spierpijn',
  item_stress: 'Stress',
  item_mood: 'Stemming',
  variant_ewma: 'EWMA',
  variant_rolling: 'voortschrijdend',
  variant_uncoupled: 'voortschrijdend, ontkoppeld',
  name_availability: 'Beschikbaarheid',
  'name_recovery-acute': 'Acute herstelfase',
  'name_recovery-regeneration': 'Regeneratiefase',
  'name_acwr-danger': 'Belastingsratio in de gevarenzone',
  'name_acwr-high': 'Belastingsratio hoog',
  'name_acwr-low': 'Belastingsratio laag',
  'name_insufficient-history': 'Korte belastingshistorie',
  'name_wellness-composite': 'Welzijnstotaal laag',
  'name_wellness-item': 'Welzijnsonderdeel laag',
  'name_no-checkin-today': 'Geen welzijnscheck vandaag',
  'name_no-wellness-baseline': 'Nog geen eigen welzijnsgemiddelde',
  'name_hrv-below-range': 'HRV onder het normaalbereik',
  'name_resting-hr-high': 'Rusthartslag verhoogd',
  'name_sustained-fatigue': 'Aanhoudende vermoeidheid',
  'name_monotony-high': 'Eentonige belasting',
  'name_returning-from-break': 'Terug na een pauze',
  'name_no-recent-data': 'Geen recente gegevens',
  rule_availability: '{{kind}} van {{start}} t/m {{end}}',
  rule_availability_open: '{{kind}} sinds {{start}}, geen einddatum',
  'rule_recovery-acute':
    'Zware training ({{stimulus}}) {{hours}} uur geleden — {{classLower}} in de acute fase, zwaar {{classLower}}werk vanaf {{adaptation}}',
  'rule_recovery-regeneration':
    'Zware training ({{stimulus}}) {{hours}} uur geleden — {{classLower}} in regeneratie, zwaar {{classLower}}werk vanaf {{adaptation}}',
  ageFactorSuffix: ' (fasen × {{factor}} vanwege leeftijd)',
  'rule_acwr-danger':
    'Belastingsratio {{ratio}} ({{variant}}; acuut {{acute}} / chronisch {{chronic}} AU) — op of boven {{threshold}}, de gevarenzone',
  'rule_acwr-high':
    'Belastingsratio {{ratio}} ({{variant}}; acuut {{acute}} / chronisch {{chronic}} AU) — boven {{threshold}}',
  'rule_acwr-low':
    'Belastingsratio {{ratio}} ({{variant}}; acuut {{acute}} / chronisch {{chronic}} AU) — onder {{threshold}}',
  'rule_insufficient-history_one':
    'Pas {{count}} dag belastingshistorie — de ratio heeft er {{needed}} nodig',
  'rule_insufficient-history_other':
    'Pas {{count}} dagen belastingshistorie — de ratio heeft er {{needed}} nodig',
  'rule_wellness-composite': 'Welzijnstotaal {{score}}/25, {{sd}} SD onder eigen gemiddelde ({{mean}})',
  'rule_wellness-item': '{{item}} {{score}}/5, {{sd}} SD onder eigen gemiddelde ({{mean}})',
  'rule_no-checkin-today': 'Geen welzijnscheck vandaag',
  'rule_no-wellness-baseline':
    'Nog geen eigen welzijnsgemiddelde: daarvoor zijn {{needed}} welzijnschecks nodig',
  'rule_hrv-below-range':
    'HRV (7-daags gemiddelde van ln RMSSD) {{value}}, onder het normaalbereik {{low}}–{{high}}',
  'rule_resting-hr-high':
    'Rusthartslag (7-daags gemiddelde) {{value}} slagen/min, boven {{threshold}} slagen/min',
  'rule_sustained-fatigue':
    'Aanhoudende vermoeidheid: {{flagged}} van de laatste {{window}} welzijnschecks afwijkend',
  'rule_sustained-fatigue_noWindow':
    'Aanhoudende vermoeidheid: {{flagged}} recente welzijnschecks afwijkend (signaal vanaf {{threshold}})',
  'rule_monotony-high':
    'Monotonie {{value}} over de afgelopen week (strain {{strain}} AU) — boven {{threshold}}: te weinig verschil tussen de dagen',
  'rule_returning-from-break_one': 'Terug na {{count}} dag pauze ({{detail}})',
  'rule_returning-from-break_other': 'Terug na {{count}} dagen pauze ({{detail}})',
  breakGap: 'geen trainingen van {{start}} t/m {{end}}',
  breakGapOngoing: 'geen trainingen sinds {{start}}',
  breakAbsent: 'afwezig t/m {{end}}',
  breakAbsentOngoing: 'afwezig sinds {{start}}',
  breakAbsentKind: '{{kind}} t/m {{end}}',
  breakAbsentKindOngoing: '{{kind}} sinds {{start}}',
  'rule_no-recent-data_one': 'Al {{count}} dag geen welzijnscheck of training',
  'rule_no-recent-data_other': 'Al {{count}} dagen geen welzijnscheck of training',
  'rule_no-recent-data_never': 'Nog geen welzijnscheck of training vastgelegd',
  definition_availability:
    'Een beschikbaarheidsmelding (geblesseerd, ziek, niet beschikbaar of aangepast trainen) geldt vandaag. Geblesseerd, ziek en niet beschikbaar tellen als niet klaar; aangepast trainen als opletten. Je kiest dit per soort melding.',
  'definition_recovery-acute':
    'Na een zware training (sessie-RPE op of boven het minimum, of een belasting ruim boven de gebruikelijke training van de sporter) doorlopen de belaste weefsels drie fasen, gerekend vanaf het einde: acuut (0–24 uur), regeneratie (24–72 uur), adaptatie. Elke prikkelsoort heeft een eigen klok: een zware krachttraining houdt zwaar krachtwerk tegen, geen duurwerk (een wedstrijd of HIIT-achtige training belast beide). In de acute fase van een soort: geen zwaar werk van die soort; licht werk van elke soort kan. Dit verandert de status nooit.',
  'definition_recovery-regeneration':
    'De tweede fase na een zware training van deze soort: het herstel is bezig. Zwaar werk van dezelfde soort met beleid; ander werk en licht werk kunnen. Dit verandert de status nooit.',
  'definition_acwr-danger':
    'Acute belasting (exponentieel gewogen, ongeveer de laatste week) gedeeld door chronische belasting (ongeveer de laatste vier weken). Op of boven de gevarengrens ligt deze week ver boven wat de sporter gewend is: een reden om op te letten. Dit telt pas mee als het chronische venster compleet is.',
  'definition_acwr-high':
    'Acute belasting gedeeld door chronische belasting (exponentieel gewogen gemiddelden). Tussen de hoge grens en de gevarengrens ligt deze week duidelijk boven wat de sporter gewend is: een notitie voor de planning, geen status.',
  'definition_acwr-low':
    'Acute belasting gedeeld door chronische belasting. Onder de lage grens traint de sporter ruim onder de gewone belasting, waardoor een plotselinge zware training of wedstrijd zwaar kan vallen: een notitie voor de planning, geen status.',
  'definition_insufficient-history':
    'De belastingsratio heeft een compleet chronisch venster nodig. Tot de sporter zoveel dagen historie heeft, staat de ratio er met een waarschuwing bij en verandert hij de status niet.',
  'definition_wellness-composite':
    'De som van de vijf ochtendvragen (slaapkwaliteit, vermoeidheid, spierpijn, stress, stemming; 1–5, 5 = best) vergeleken met de eigen voorgaande 28 dagen van de sporter als z-score: hoeveel standaarddeviaties vandaag onder het eigen gemiddelde ligt. Vanaf 1,5 SD eronder: opletten (bij normale schommelingen ongeveer 1 dag op 15); vanaf 2 SD eronder: niet klaar.',
  'definition_wellness-item':
    'Eén ochtendvraag (1–5, 5 = best) vergeleken met de eigen voorgaande 28 dagen als z-score. Eén vraag 2 SD of meer onder het eigen gemiddelde telt als opletten: met vijf vragen zou een lagere grens bij iedereen op de meeste dagen afgaan.',
  'definition_no-checkin-today':
    'De sporter heeft de welzijnscheck van vanochtend niet ingevuld, dus het welzijn is niet te beoordelen. Dit verandert de status niet.',
  'definition_no-wellness-baseline':
    'Welzijn wordt beoordeeld tegen het eigen gemiddelde van de sporter, en daarvoor is een minimum aantal welzijnschecks in het venster nodig. Tot dan worden scores getoond maar niet beoordeeld.',
  'definition_hrv-below-range':
    'Het 7-daags voortschrijdend gemiddelde van ln(RMSSD) uit ochtendmetingen (minstens 3 in de week) ligt onder het normaalbereik van de sporter: het 60-daags gemiddelde min een aantal standaarddeviaties (minstens 14 metingen).',
  'definition_resting-hr-high':
    'Het 7-daags gemiddelde van de ochtendrusthartslag ligt boven het 60-daags gemiddelde plus een aantal standaarddeviaties.',
  'definition_sustained-fatigue':
    'Op minstens het ingestelde aantal recente welzijnschecks lag het welzijnstotaal 1 SD onder het eigen gemiddelde, spierpijn of vermoeidheid 1,5 SD eronder, of de HRV onder het bereik. Alles is relatief aan het eigen gemiddelde van de sporter. Geen enkel signaal stelt overtraining vast: dit is een seintje om de belasting te bekijken of een lichtere week te plannen.',
  'definition_monotony-high':
    'Monotonie = gemiddelde dagbelasting van de laatste 7 dagen gedeeld door de standaarddeviatie; strain = de weekbelasting × monotonie. Een hoge waarde betekent dat elke dag ongeveer even zwaar is, met weinig echte rust: een notitie voor de planning, geen status.',
  'definition_returning-from-break':
    'De sporter had een pauze van minstens het ingestelde aantal dagen (geen trainingen, of een beschikbaarheidsmelding). Het uithoudingsvermogen neemt binnen 2–4 weken af en pezen lopen achter: bouw geleidelijk op, te beginnen bij ongeveer de helft van de weekbelasting van vóór de pauze. Opletten zolang de opbouw loopt: vanaf de eerste training terug tot de belasting van de laatste 7 dagen weer op het niveau van vóór de pauze is (hoogstens het ingestelde aantal dagen). Zolang er sinds de pauze geen training is vastgelegd, is het een notitie om de opbouw te plannen.',
  'definition_no-recent-data':
    'Geen welzijnscheck en geen training in het ingestelde aantal dagen. Gereedheid is niet te beoordelen op ontbrekende gegevens; rode redenen zoals een blessure tellen wel.',
  source_williams2017: 'Williams et al. 2017, Br J Sports Med 51:209 (EWMA-ratio)',
  source_gabbett2016: 'Gabbett 2016, Br J Sports Med 50:273 (banden 0,8–1,3 en ≥ 1,5)',
  source_impellizzeri2021:
    'Impellizzeri et al. 2021, Sports Med, doi 10.1007/s40279-020-01378-6 (kritiek op de ratio)',
  source_foster1998: 'Foster 1998, Med Sci Sports Exerc 30:1164',
  source_saw2016: 'Saw et al. 2016, Br J Sports Med (zelfgerapporteerd welzijn tegen het eigen gemiddelde)',
  source_plews2012: 'Plews et al. 2012, Eur J Appl Physiol 112:3729',
  source_plews2014: 'Plews et al. 2014, Int J Sports Physiol Perform 9:783',
  source_buchheit2014: 'Buchheit 2014, Front Physiol 5:73',
  source_meeusen2013: 'Meeusen et al. 2013, Med Sci Sports Exerc 45:186',
  source_mujika2000: 'Mujika & Padilla 2000, Sports Med 30:79 en 30:145',
  source_productRule:
    'Een regel van deze app: een standaardwaarde van het product, geen gepubliceerde constante',
  note_productDefault:
    'Deze standaardwaarde is een keuze van de app, geen gepubliceerde constante: pas hem aan je sporters aan.',
  note_ratioCaution:
    'De ratiogrenzen zijn instelbare signalen, geen blessurevoorspellingen; de ratio ligt zwaar onder vuur. Kijk altijd ook naar de acute en chronische belasting zelf.',
  note_ageScaling:
    'De duur van de fasen en de schaling naar leeftijd zijn standaardkeuzes van de app, geen gepubliceerde constanten: pas ze aan je sporters aan.',
  'rule_returning-from-break_ongoing_one': 'Al {{count}} dag geen training ({{detail}}): plan een opbouw',
  'rule_returning-from-break_ongoing_other': 'Al {{count}} dagen geen training ({{detail}}): plan een opbouw',
  'rule_returning-from-break_complete_one':
    'Na {{count}} dag pauze weer op de belasting van ervoor ({{detail}})',
  'rule_returning-from-break_complete_other':
    'Na {{count}} dagen pauze weer op de belasting van ervoor ({{detail}})',
  'name_combined-signals': 'Waarschuwingen uit twee bronnen',
  'rule_combined-signals': 'Waarschuwingen uit {{sources}} op dezelfde dag',
  'definition_combined-signals':
    'Signalen om op te letten uit twee of meer verschillende bronnen op dezelfde dag — welzijn (totaal, één vraag of aanhoudende vermoeidheid), het hart (HRV of rusthartslag) en belasting (een ratio in de gevarenzone) — maken de sporter niet klaar. Eén meting met ruis kan misleiden; onafhankelijke metingen die het eens zijn zelden.',
  signalSource_wellness: 'welzijn',
  signalSource_heart: 'HRV of rusthartslag',
  signalSource_load: 'belasting',
  name_detraining: 'Lang zonder prikkel',
  rule_detraining_one: '{{count}} dag sinds de laatste {{classLower}}training',
  rule_detraining_other: '{{count}} dagen sinds de laatste {{classLower}}training',
  definition_detraining:
    'Dagen sinds de laatste training van deze soort. Het uithoudingsvermogen (VO₂max) neemt binnen 2–4 weken zonder training af, terwijl een korte pauze weinig kracht kost: een notitie voor de planning, geen status.',
  class_strength: 'Kracht',
  class_endurance: 'Duur',
  classLower_strength: 'kracht',
  classLower_endurance: 'duur',
  readyForLabel: 'Zwaar werk',
  readyForOk: '{{class}} ✓',
  readyForFrom: '{{class}} vanaf {{when}}',
  readyForHint_red: '{{class}}: acute fase — geen zwaar {{classLower}}werk vóór {{when}}',
  readyForHint_amber:
    '{{class}}: regeneratie — zwaar {{classLower}}werk met beleid, vanaf {{when}} zonder bezwaar',
  readyForHint_green: '{{class}}: klaar voor zwaar {{classLower}}werk',
  readyForUnknown: 'Onbekend: geen recente gegevens',
  source_robertson2017:
    'Robertson, Bartlett & Gastin 2017, Int J Sports Physiol Perform 12 Suppl 2:S2-73 (“Red, amber or green?”: beoordeel een signaal naar hoe vaak het afgaat)',
  source_recoveryPhases:
    'Herstelfasen 0–24 uur, 24–72 uur en na 72 uur, en 48–72 uur voor dezelfde spiergroep of prikkel: praktijk van coaches; de duur is een standaardwaarde van het product',
  firingTitle: 'Hoe vaak het afging',
  firingCount:
    'In de {{days}} dagen tot en met {{date}} ging deze regel af bij {{athletes}} van {{total}} sporters, op {{flaggedDays}} van {{days}} dagen.',
  firingLoading: 'Tellen hoe vaak deze regel afging…',
  firingNoAthletes: 'Geen sporters om te tellen.',
  threshold_wellness_compositeZAmberAtOrBelow: 'Welzijnstotaal: opletten bij z op of onder',
  threshold_wellness_compositeZRedAtOrBelow: 'Welzijnstotaal: niet klaar bij z op of onder',
  threshold_wellness_itemZAmberAtOrBelow: 'Eén welzijnsvraag: opletten bij z op of onder',
  threshold_fatigue_itemZAtOrBelow: 'Aanhoudende vermoeidheid: spierpijn of vermoeidheid z op of onder',
  dialogDefinition: 'Wat het betekent',
  dialogThresholds: 'Huidige instellingen',
  dialogDefault: 'standaard {{value}}',
  dialogNoThresholds: 'Deze regel heeft geen eigen instelling.',
  dialogMeasured: 'Vandaag',
  dialogValue: 'Gemeten {{value}}, vergeleken met {{threshold}}',
  dialogValueOnly: 'Gemeten {{value}}',
  dialogSource: 'Bron',
  dialogChangeSettings: 'Aanpassen in instellingen',
  moreReasons: '+{{count}} meer',
  fewerReasons: 'Minder tonen',
  openRule: 'Over deze regel: {{name}}',
  severity_red_value: 'niet klaar',
  severity_amber_value: 'opletten',
  yes: 'ja',
  no: 'nee',
  ageBandUnder: 'onder {{to}}: × {{factor}}',
  ageBandFrom: 'vanaf {{from}}: × {{factor}}',
  unit_hours: '{{value}} uur',
  unit_sd: '{{value}} SD',
  unit_rpe: 'RPE {{value}}',
  unit_factor: '× {{value}}',
  unit_score: '{{value}} van 5',
  unit_days_one: '{{count}} dag',
  unit_days_other: '{{count}} dagen',
  unit_checkins_one: '{{count}} welzijnscheck',
  unit_checkins_other: '{{count}} welzijnschecks',
  unit_bpm: '{{value}} slagen/min',
  unit_au: '{{value}} AU',
  unitName_sd: 'SD',
  unitName_days: 'dagen',
  unitName_hours: 'uur',
  unitName_rpe: 'RPE 0–10',
  unitName_score: '1–5',
  threshold_load_ratioLow: 'Belastingsratio: lage grens (onder)',
  threshold_load_ratioHigh: 'Belastingsratio: hoge grens (op of boven)',
  threshold_load_ratioDanger: 'Belastingsratio: gevarengrens (op of boven)',
  threshold_load_minHistoryDays: 'Historie die de ratio nodig heeft',
  threshold_load_monotonyFlagAbove: 'Monotoniegrens (boven)',
  threshold_wellness_baselineWindowDays: 'Venster voor het eigen welzijnsgemiddelde',
  threshold_wellness_baselineMinCheckins: 'Welzijnschecks nodig voor een eigen gemiddelde',
  threshold_hrv_normalRangeSdFactor: 'HRV-normaalbereik: 60-daags gemiddelde ±',
  threshold_hrv_restingHrSdFactor: 'Rusthartslaggrens: 60-daags gemiddelde +',
  threshold_recovery_hardSessionRpeMin: 'Zware training: sessie-RPE op of boven',
  threshold_recovery_hardSessionLoadFactor:
    'Zware training: of belasting minstens de gebruikelijke training ×',
  threshold_recovery_acutePhaseEndHours: 'Acute fase eindigt na',
  threshold_recovery_regenerationPhaseEndHours: 'Regeneratiefase eindigt na',
  threshold_recovery_ageScaling: 'Duur van de fasen naar leeftijd',
  threshold_fatigue_minFlaggedDays: 'Aanhoudende vermoeidheid: afwijkende welzijnschecks nodig',
  threshold_fatigue_windowCheckinDays: 'Aanhoudende vermoeidheid: aantal recente welzijnschecks bekeken',
  threshold_fatigue_compositeZAtOrBelow: 'Aanhoudende vermoeidheid: welzijnstotaal z op of onder',
  threshold_readiness_noDataGreyAfterDays: 'Geen gegevens na',
  threshold_readiness_morningTime: 'Beslismoment in de ochtend (herstel beoordeeld om)',
  threshold_readiness_availabilitySeverity_injured: 'Geblesseerd telt als',
  threshold_readiness_availabilitySeverity_ill: 'Ziek telt als',
  threshold_readiness_availabilitySeverity_unavailable: 'Niet beschikbaar telt als',
  threshold_readiness_availabilitySeverity_modified: 'Aangepast trainen telt als',
  threshold_returnToTraining_detrainingFlagDays: 'Signaal ontraining na',
  threshold_returnToTraining_breakDays: 'Een pauze telt vanaf',
  unit_percent: '{{value}} %',
  unit_years: '{{value}} jaar',
  threshold_returnToTraining_returningWindowDays: 'Telt als terugkerend gedurende',
  threshold_returnToTraining_firstWeekPercentOfChronic:
    'Opbouwweek 1, deel van de wekelijkse belasting vóór de pauze',
  threshold_returnToTraining_experiencedTrainingAgeYears: 'Ervaren vanaf een trainingsleeftijd van',
  threshold_returnToTraining_weeklyStepStrengthPercentExperienced: 'Stap per week, kracht (ervaren)',
  threshold_returnToTraining_weeklyStepEndurancePercentExperienced: 'Stap per week, duur en impact (ervaren)',
  threshold_returnToTraining_weeklyStepStrengthPercentNovice: 'Stap per week, kracht (minder ervaren)',
  threshold_returnToTraining_weeklyStepEndurancePercentNovice:
    'Stap per week, duur en impact (minder ervaren)',
  threshold_returnToTraining_maxHardSessionsFirstWeek: 'Maximaal aantal zware trainingen in opbouwweek 1',
  threshold_interference_minGapHours: 'Kracht en duur minstens zo ver uit elkaar',
  threshold_interference_strongWarningGapHours: 'Sterke waarschuwing bij minder dan',
  threshold_interference_focusDilutionPercent: 'Blokfocus verwaterd boven (aandeel tegengestelde prikkel)',
  threshold_load_weeklyRampWarningPercent:
    'Waarschuwing weekbelasting stijgt meer dan (t.o.v. de twee weken ervoor)',
};

import type { ReadinessTextKey } from './texts-en';

/** Dutch texts of the readiness namespace: exactly the English keys (the type says so). */
export const readinessNl: Record<ReadinessTextKey, string> = {
  title: 'Gereedheid',
  status_green: 'Klaar',
  status_amber: 'Opletten',
  status_red: 'Niet klaar',
  status_grey: 'Geen gegevens',
  statusHint_green: 'Klaar voor een zware training vandaag',
  statusHint_amber: 'Zware training alleen met beleid: bekijk de redenen',
  statusHint_red: 'Niet klaar voor een zware training vandaag',
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
  'name_recovery-adaptation': 'Adaptatiefase',
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
    'Zware training ({{stimulus}}) {{hours}} uur geleden — acute fase, regeneratie vanaf {{when}}, adaptatie vanaf {{adaptation}}',
  'rule_recovery-regeneration':
    'Zware training ({{stimulus}}) {{hours}} uur geleden — regeneratiefase, adaptatie vanaf {{when}}',
  'rule_recovery-adaptation':
    'Zware training ({{stimulus}}) {{hours}} uur geleden — adaptatiefase, klaar voor zwaar werk',
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
    'Monotonie {{value}} over de afgelopen week — boven {{threshold}}: te weinig verschil tussen de dagen',
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
    'Na een zware training (sessie-RPE op of boven het minimum, of een belasting ruim boven de gebruikelijke training van de sporter) doorloopt het lichaam drie fasen, gerekend vanaf het einde van de training. In de eerste, acute fase zijn spieren beschadigd en energievoorraden laag: geen zwaar werk, alleen licht bewegen.',
  'definition_recovery-regeneration':
    'De tweede fase na een zware training: het herstel is bezig. Actief herstel en licht technisch werk kunnen; zwaar werk wacht nog op de adaptatiefase.',
  'definition_recovery-adaptation':
    'De derde fase na een zware training: het lichaam heeft zich hersteld en aangepast. De sporter is klaar voor de volgende zware training. Een latere zware training zet de klok opnieuw in gang.',
  'definition_acwr-danger':
    'Acute belasting (exponentieel gewogen, ongeveer de laatste week) gedeeld door chronische belasting (ongeveer de laatste vier weken). Een ratio op of boven de gevarengrens betekent dat deze week ver boven wat de sporter gewend is ligt. Dit telt pas mee als het chronische venster compleet is.',
  'definition_acwr-high':
    'Acute belasting gedeeld door chronische belasting (exponentieel gewogen gemiddelden). Tussen de hoge grens en de gevarengrens: deze week ligt duidelijk boven wat de sporter gewend is.',
  'definition_acwr-low':
    'Acute belasting gedeeld door chronische belasting. Onder de lage grens traint de sporter ruim onder de gewone belasting, waardoor een plotselinge zware training of wedstrijd zwaar kan vallen.',
  'definition_insufficient-history':
    'De belastingsratio heeft een compleet chronisch venster nodig. Tot de sporter zoveel dagen historie heeft, staat de ratio er met een waarschuwing bij en verandert hij de status niet.',
  'definition_wellness-composite':
    'De som van de vijf ochtendvragen (slaapkwaliteit, vermoeidheid, spierpijn, stress, stemming; 1–5, 5 = best) vergeleken met de eigen voorgaande 28 dagen van de sporter als z-score: hoeveel standaarddeviaties vandaag onder het eigen gemiddelde ligt.',
  'definition_wellness-item':
    'Eén ochtendvraag (1–5, 5 = best) vergeleken met de eigen voorgaande 28 dagen als z-score. Standaard telt één lage vraag als opletten; je kunt een zeer lage vraag als niet klaar laten tellen.',
  'definition_no-checkin-today':
    'De sporter heeft de welzijnscheck van vanochtend niet ingevuld, dus het welzijn is niet te beoordelen. Dit verandert de status niet.',
  'definition_no-wellness-baseline':
    'Welzijn wordt beoordeeld tegen het eigen gemiddelde van de sporter, en daarvoor is een minimum aantal welzijnschecks in het venster nodig. Tot dan worden scores getoond maar niet beoordeeld.',
  'definition_hrv-below-range':
    'Het 7-daags voortschrijdend gemiddelde van ln(RMSSD) uit ochtendmetingen (minstens 3 in de week) ligt onder het normaalbereik van de sporter: het 60-daags gemiddelde min een aantal standaarddeviaties (minstens 14 metingen).',
  'definition_resting-hr-high':
    'Het 7-daags gemiddelde van de ochtendrusthartslag ligt boven het 60-daags gemiddelde plus een aantal standaarddeviaties.',
  'definition_sustained-fatigue':
    'Op veel van de recente welzijnschecks was het welzijnstotaal laag, scoorden spierpijn of vermoeidheid laag, of lag de HRV onder het bereik. Geen enkel signaal stelt overtraining vast: dit is een seintje om de belasting te bekijken of een lichtere week te plannen.',
  'definition_monotony-high':
    'Monotonie = gemiddelde dagbelasting van de laatste 7 dagen gedeeld door de standaarddeviatie. Een hoge waarde betekent dat elke dag ongeveer even zwaar is, met weinig echte rust.',
  'definition_returning-from-break':
    'De sporter had een pauze van minstens het ingestelde aantal dagen (geen trainingen, of een beschikbaarheidsmelding). Het uithoudingsvermogen neemt binnen 2–4 weken af en pezen lopen achter: bouw geleidelijk op, te beginnen bij ongeveer de helft van de weekbelasting van vóór de pauze.',
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
  source_seedRecovery:
    'Artikel over spierherstel uit de trainingspraktijk; de duur van de fasen is praktijkkennis, geen gepubliceerde constante',
  source_productRule: 'Een regel van deze app (SCIENCE.md, “Readiness for hard training today”)',
  note_productDefault:
    'Deze standaardwaarde is een keuze van de app, geen gepubliceerde constante: pas hem aan je sporters aan.',
  note_ratioCaution:
    'De ratiogrenzen zijn instelbare signalen, geen blessurevoorspellingen; de ratio ligt zwaar onder vuur. Kijk altijd ook naar de acute en chronische belasting zelf.',
  note_ageScaling:
    'De duur van de fasen en de schaling naar leeftijd zijn standaardkeuzes van de app, geen gepubliceerde constanten: pas ze aan je sporters aan.',
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
  threshold_wellness_zAmberAtOrBelow: 'Welzijn opletten bij z op of onder',
  threshold_wellness_zRedAtOrBelow: 'Welzijn niet klaar bij z op of onder',
  threshold_wellness_baselineWindowDays: 'Venster voor het eigen welzijnsgemiddelde',
  threshold_wellness_baselineMinCheckins: 'Welzijnschecks nodig voor een eigen gemiddelde',
  threshold_readiness_isItemZRedForReadiness: 'Eén zeer lage ochtendvraag telt als niet klaar',
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
  threshold_fatigue_itemAtOrBelow: 'Aanhoudende vermoeidheid: spierpijn of vermoeidheid op of onder',
  threshold_readiness_noDataGreyAfterDays: 'Geen gegevens na',
  threshold_readiness_morningTime: 'Beslismoment in de ochtend (herstel beoordeeld om)',
  threshold_readiness_availabilitySeverity_injured: 'Geblesseerd telt als',
  threshold_readiness_availabilitySeverity_ill: 'Ziek telt als',
  threshold_readiness_availabilitySeverity_unavailable: 'Niet beschikbaar telt als',
  threshold_readiness_availabilitySeverity_modified: 'Aangepast trainen telt als',
  threshold_returnToTraining_detrainingFlagDays: 'Signaal ontraining na',
  threshold_returnToTraining_breakDays: 'Een pauze telt vanaf',
};

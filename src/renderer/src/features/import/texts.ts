import { defineTexts } from '../../i18n/bundle';

export const importTexts = defineTexts(
  {
    title: 'Import',
    description:
      'Bring in sessions or wellness check-ins from a CSV file (generic format, see the help below).',
    kindLabel: 'What the file holds',
    kind_sessions: 'Sessions',
    kind_wellness: 'Wellness check-ins',
    fileLabel: 'CSV file',
    filePlaceholder: 'Choose a .csv file',
    formatHelpTitle: 'Expected columns',
    formatHelp_sessions:
      'athlete, date (YYYY-MM-DD), duration_min, rpe (0–10); optional start_time (HH:MM), stimulus, notes.',
    formatHelp_wellness:
      'athlete, date; optional sleep_hours, sleep_quality, fatigue, soreness, stress, mood (1–5, 5 = best), hrv_rmssd_ms, resting_hr_bpm.',
    formatHelpSeparators: "Comma-separated, or ';' with decimal commas as exported by Dutch Excel.",
    reportTitle: 'Check before importing',
    rowsInFile: 'Rows in file',
    rowsValid: 'Valid rows',
    rowsRejected: 'Rejected rows',
    separator: 'Separator',
    decimalComma: 'decimal comma',
    rejectedTitle: 'Rejected rows',
    rejectedHelp: 'These rows will not be imported. Fix them in the file and import it again if needed.',
    colLine: 'Line',
    colColumn: 'Column',
    colReason: 'Reason',
    moreIssues: '… and {{count}} more',
    warningsTitle: 'Notes',
    unknownTitle: 'New athletes in this file',
    unknownBody:
      '{{count}} names in the file are not on your roster. Create them, or their rows are skipped.',
    createUnknown: 'Create these {{count}} athletes',
    skippedRows: '{{count}} rows skipped because their athlete is not created.',
    ambiguousRows: '{{count}} rows skipped because their name matches more than one athlete.',
    importButton: 'Import {{count}} rows',
    importing: 'Importing… {{done}} of {{total}}',
    doneTitle: 'Import finished',
    doneBody: '{{rows}} rows imported, {{athletes}} athletes created.',
    importAnother: 'Import another file',
    squadForNew: 'Squad for the new athletes',
    noSquadOption: 'No squad',
    newSquadOption: 'New squad…',
    newSquadName: 'Name of the new squad',
    lastDataHint: 'The records now end on {{date}}. Look at the squad as it was then:',
    goToLastData: 'Show {{date}}',
    fileError: 'This file cannot be imported',
    readError: 'The file could not be read: {{message}}',
    workerUnavailable:
      'The importer could not start its background reader, so nothing was read or imported. Reload the app and try again.',
    duplicateCheckins:
      '{{count}} check-ins already exist for the same athlete and day (for example {{example}}). Nothing was imported.',
    nothingToImport: 'There are no rows to import.',
    // One text per CsvIssueCode (describe-csv-issue.ts); without one, the parser's English reason shows.
    issue_required: 'A value is required here',
    'issue_too-long': 'Must be at most {{max}} characters; found "{{found}}"',
    'issue_not-a-number': 'Must be a number; found "{{found}}"',
    'issue_needs-decimal-point': 'Must be a number with a decimal point; found "{{found}}"',
    'issue_not-whole-number': 'Must be a whole number; found "{{found}}"',
    'issue_out-of-range': 'Must be between {{min}} and {{max}}; found "{{found}}"',
    'issue_below-minimum': 'Must be at least {{min}}; found "{{found}}"',
    'issue_not-above-minimum': 'Must be more than {{min}}; found "{{found}}"',
    'issue_above-maximum': 'Must be at most {{max}}; found "{{found}}"',
    'issue_not-below-maximum': 'Must be less than {{max}}; found "{{found}}"',
    'issue_not-a-date': 'Expected a date as YYYY-MM-DD; found "{{found}}"',
    'issue_date-out-of-range': 'Expected a date from {{earliest}} to {{latest}}; found "{{found}}"',
    'issue_not-a-time': 'Expected a time as HH:MM (24 h); found "{{found}}"',
    'issue_not-one-of': 'Must be one of: {{options}}; found "{{found}}"',
    issue_invalid: 'Not a valid value; found "{{found}}"',
    'issue_no-values': 'The row has no wellness values; fill in at least one of {{columns}}',
    'issue_duplicate-checkin':
      'Second check-in for {{athlete}} on {{date}}: line {{firstLine}} already has one (at most one per athlete per day)',
    'issue_too-many-cells':
      'This row has {{cellCount}} values but the header has {{columnCount}} columns; a value that contains "{{delimiter}}" must be in double quotes',
    'issue_unclosed-quote': 'A quoted value is never closed: a closing double quote is missing',
    'issue_unclosed-quote-lines':
      'A quoted value is never closed: a closing double quote is missing. Lines {{firstLine}}–{{lastLine}} were read as this one row',
    'issue_malformed-quotes':
      'Malformed quotes: a value that starts with a double quote must end with one, followed by the separator or the end of the line',
    'issue_malformed-quotes-lines':
      'Malformed quotes: a value that starts with a double quote must end with one, followed by the separator or the end of the line. Lines {{firstLine}}–{{lastLine}} were read as this one row',
    'issue_ignored-columns':
      'Columns ignored because this format does not have them ({{count}}): {{columns}}',
    'issue_no-data-rows': 'The file has a header but no data rows',
    'issue_last-row-unterminated':
      'The file does not end with a line break, so its last row may have been cut off when it was copied or downloaded. Check that row against the original: it was read as "{{row}}"',
    'issue_invalid-characters':
      '{{count}} lines hold characters that could not be read (the file is not valid UTF-8; save it again as "CSV UTF-8"): lines {{lines}}',
    'issue_future-dates':
      '{{count}} rows are dated after today ({{today}}); the first is dated {{first}}. Check the dates: they count as training that has happened',
    'issue_unreadable-file': 'Could not read the file: {{detail}}',
    'issue_file-too-large':
      'The file is {{sizeMb}} MB; the importer reads files up to {{maxMb}} MB. Split it, for example by season',
    'issue_empty-file': 'The file is empty',
    'issue_unreadable-header':
      'The header row cannot be read: a value in double quotes is not closed properly',
    'issue_missing-column': 'Missing required column: {{column}}',
    'issue_missing-columns': 'Missing required columns: {{columns}}',
    'issue_duplicate-columns': 'Column {{columns}} appears more than once; keep one of each',
  },
  {
    title: 'Importeren',
    description:
      'Lees trainingen of welzijnschecks in uit een CSV-bestand (algemeen formaat, zie de uitleg hieronder).',
    kindLabel: 'Wat staat er in het bestand',
    kind_sessions: 'Trainingen',
    kind_wellness: 'Welzijnschecks',
    fileLabel: 'CSV-bestand',
    filePlaceholder: 'Kies een .csv-bestand',
    formatHelpTitle: 'Verwachte kolommen',
    formatHelp_sessions:
      'athlete, date (JJJJ-MM-DD), duration_min, rpe (0–10); optioneel start_time (UU:MM), stimulus, notes.',
    formatHelp_wellness:
      'athlete, date; optioneel sleep_hours, sleep_quality, fatigue, soreness, stress, mood (1–5, 5 = best), hrv_rmssd_ms, resting_hr_bpm.',
    formatHelpSeparators:
      "Gescheiden door komma's, of door ';' met decimale komma's zoals Excel in het Nederlands exporteert.",
    reportTitle: 'Controleer voor het importeren',
    rowsInFile: 'Regels in bestand',
    rowsValid: 'Geldige regels',
    rowsRejected: 'Afgekeurde regels',
    separator: 'Scheidingsteken',
    decimalComma: 'decimale komma',
    rejectedTitle: 'Afgekeurde regels',
    rejectedHelp:
      'Deze regels worden niet geïmporteerd. Verbeter ze in het bestand en importeer het zo nodig opnieuw.',
    colLine: 'Regel',
    colColumn: 'Kolom',
    colReason: 'Reden',
    moreIssues: '… en nog {{count}}',
    warningsTitle: 'Opmerkingen',
    unknownTitle: 'Nieuwe sporters in dit bestand',
    unknownBody:
      '{{count}} namen in het bestand staan niet in je selectie. Maak ze aan, anders worden hun regels overgeslagen.',
    createUnknown: 'Deze {{count}} sporters aanmaken',
    skippedRows: '{{count}} regels overgeslagen omdat hun sporter niet wordt aangemaakt.',
    ambiguousRows: '{{count}} regels overgeslagen omdat de naam bij meer dan één sporter past.',
    importButton: '{{count}} regels importeren',
    importing: 'Importeren… {{done}} van {{total}}',
    doneTitle: 'Import klaar',
    doneBody: '{{rows}} regels geïmporteerd, {{athletes}} sporters aangemaakt.',
    importAnother: 'Nog een bestand importeren',
    squadForNew: 'Groep voor de nieuwe sporters',
    noSquadOption: 'Geen groep',
    newSquadOption: 'Nieuwe groep…',
    newSquadName: 'Naam van de nieuwe groep',
    lastDataHint: 'De gegevens lopen nu tot {{date}}. Bekijk de groep zoals die toen was:',
    goToLastData: 'Toon {{date}}',
    fileError: 'Dit bestand kan niet worden geïmporteerd',
    workerUnavailable:
      'De importfunctie kon haar achtergrondlezer niet starten; er is niets gelezen of geïmporteerd. Laad de app opnieuw en probeer het nog eens.',
    readError: 'Het bestand kon niet worden gelezen: {{message}}',
    duplicateCheckins:
      '{{count}} welzijnschecks bestaan al voor dezelfde sporter en dag (bijvoorbeeld {{example}}). Er is niets geïmporteerd.',
    nothingToImport: 'Er zijn geen regels om te importeren.',
    // One text per CsvIssueCode (describe-csv-issue.ts); without one, the parser's English reason shows.
    issue_required: 'Hier is een waarde verplicht',
    'issue_too-long': 'Mag hoogstens {{max}} tekens lang zijn; gevonden: "{{found}}"',
    'issue_not-a-number': 'Moet een getal zijn; gevonden: "{{found}}"',
    'issue_needs-decimal-point': 'Moet een getal met een decimale punt zijn; gevonden: "{{found}}"',
    'issue_not-whole-number': 'Moet een geheel getal zijn; gevonden: "{{found}}"',
    'issue_out-of-range': 'Moet tussen {{min}} en {{max}} liggen; gevonden: "{{found}}"',
    'issue_below-minimum': 'Moet minstens {{min}} zijn; gevonden: "{{found}}"',
    'issue_not-above-minimum': 'Moet meer dan {{min}} zijn; gevonden: "{{found}}"',
    'issue_above-maximum': 'Mag hoogstens {{max}} zijn; gevonden: "{{found}}"',
    'issue_not-below-maximum': 'Moet minder dan {{max}} zijn; gevonden: "{{found}}"',
    'issue_not-a-date': 'Verwacht een datum als JJJJ-MM-DD; gevonden: "{{found}}"',
    'issue_date-out-of-range': 'Verwacht een datum van {{earliest}} tot {{latest}}; gevonden: "{{found}}"',
    'issue_not-a-time': 'Verwacht een tijd als UU:MM (24 uur); gevonden: "{{found}}"',
    'issue_not-one-of': 'Moet een van deze zijn: {{options}}; gevonden: "{{found}}"',
    issue_invalid: 'Geen geldige waarde; gevonden: "{{found}}"',
    'issue_no-values': 'De regel heeft geen welzijnswaarden; vul er minstens één in van {{columns}}',
    'issue_duplicate-checkin':
      'Tweede welzijnscheck voor {{athlete}} op {{date}}: regel {{firstLine}} heeft er al een (hoogstens één per sporter per dag)',
    'issue_too-many-cells':
      'Deze regel heeft {{cellCount}} waarden maar de kopregel heeft {{columnCount}} kolommen; een waarde met "{{delimiter}}" erin moet tussen dubbele aanhalingstekens staan',
    'issue_unclosed-quote':
      'Een waarde tussen aanhalingstekens wordt nooit afgesloten: er ontbreekt een dubbel aanhalingsteken aan het eind',
    'issue_unclosed-quote-lines':
      'Een waarde tussen aanhalingstekens wordt nooit afgesloten: er ontbreekt een dubbel aanhalingsteken aan het eind. Regels {{firstLine}}–{{lastLine}} zijn als deze ene regel gelezen',
    'issue_malformed-quotes':
      'Onjuiste aanhalingstekens: een waarde die met een dubbel aanhalingsteken begint, moet er ook op eindigen, gevolgd door het scheidingsteken of het einde van de regel',
    'issue_malformed-quotes-lines':
      'Onjuiste aanhalingstekens: een waarde die met een dubbel aanhalingsteken begint, moet er ook op eindigen, gevolgd door het scheidingsteken of het einde van de regel. Regels {{firstLine}}–{{lastLine}} zijn als deze ene regel gelezen',
    'issue_ignored-columns': 'Kolommen genegeerd omdat dit formaat ze niet kent ({{count}}): {{columns}}',
    'issue_no-data-rows': 'Het bestand heeft een kopregel maar geen gegevensregels',
    'issue_last-row-unterminated':
      'Het bestand eindigt niet met een regeleinde, dus de laatste regel is misschien afgebroken bij het kopiëren of downloaden. Vergelijk die regel met het origineel: hij is gelezen als "{{row}}"',
    'issue_invalid-characters':
      '{{count}} regels bevatten tekens die niet te lezen zijn (het bestand is geen geldige UTF-8; sla het opnieuw op als "CSV UTF-8"): regels {{lines}}',
    'issue_future-dates':
      '{{count}} regels hebben een datum na vandaag ({{today}}); de eerste is {{first}}. Controleer de datums: ze tellen als training die al gedaan is',
    'issue_unreadable-file': 'Het bestand kon niet worden gelezen: {{detail}}',
    'issue_file-too-large':
      'Het bestand is {{sizeMb}} MB; de importfunctie leest bestanden tot {{maxMb}} MB. Splits het, bijvoorbeeld per seizoen',
    'issue_empty-file': 'Het bestand is leeg',
    'issue_unreadable-header':
      'De kopregel kan niet worden gelezen: een waarde tussen dubbele aanhalingstekens is niet goed afgesloten',
    'issue_missing-column': 'Verplichte kolom ontbreekt: {{column}}',
    'issue_missing-columns': 'Verplichte kolommen ontbreken: {{columns}}',
    'issue_duplicate-columns': 'Kolom {{columns}} komt meer dan eens voor; houd er van elk één',
  },
);

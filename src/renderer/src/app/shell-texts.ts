import { defineTexts } from '../i18n/bundle';

/** The shell's texts: a screen that failed, an unexpected error, a window reopened after a crash. */
export const shellTexts = defineTexts(
  {
    routeErrorTitle: 'This screen could not be shown',
    routeErrorBody:
      'Something unexpected went wrong while drawing this screen. Your saved data is safe. Reload the app, or open another screen from the menu.',
    notFoundTitle: 'There is no screen at this address',
    notFoundBody: 'Open a screen from the menu, or reload the app.',
    unexpectedErrorTitle: 'Something went wrong',
    unexpectedErrorBody:
      'The app ran into an unexpected problem. What you saved is safe; reload the app to continue on a clean screen.',
    errorDetails: 'Details: {{message}}',
    reload: 'Reload',
    recoveredTitle: 'The window was reopened',
    recoveredBody:
      "The app's window stopped unexpectedly ({{reason}}) and was reopened; nothing saved was lost.",
    reasonCrashed: 'a crash',
    reasonOom: 'out of memory',
    reasonKilled: 'stopped by the system',
    reasonAbnormalExit: 'an abnormal exit',
    reasonLaunchFailed: 'it could not start',
    reasonIntegrityFailure: 'a failed integrity check',
    reasonMemoryEviction: 'memory reclaimed by the system',
    reasonCleanExit: 'it closed',
  },
  {
    routeErrorTitle: 'Dit scherm kon niet worden getoond',
    routeErrorBody:
      'Er ging iets onverwachts mis bij het tekenen van dit scherm. Je opgeslagen gegevens zijn veilig. Laad de app opnieuw, of open een ander scherm via het menu.',
    notFoundTitle: 'Op dit adres staat geen scherm',
    notFoundBody: 'Open een scherm via het menu, of laad de app opnieuw.',
    unexpectedErrorTitle: 'Er ging iets mis',
    unexpectedErrorBody:
      'De app liep tegen een onverwacht probleem aan. Wat je hebt opgeslagen is veilig; laad de app opnieuw om verder te gaan met een schoon scherm.',
    errorDetails: 'Details: {{message}}',
    reload: 'Opnieuw laden',
    recoveredTitle: 'Het venster is opnieuw geopend',
    recoveredBody:
      'Het venster van de app stopte onverwacht ({{reason}}) en is opnieuw geopend; er is niets verloren van wat was opgeslagen.',
    reasonCrashed: 'een crash',
    reasonOom: 'geheugen vol',
    reasonKilled: 'gestopt door het systeem',
    reasonAbnormalExit: 'abnormaal beëindigd',
    reasonLaunchFailed: 'kon niet starten',
    reasonIntegrityFailure: 'integriteitscontrole mislukt',
    reasonMemoryEviction: 'geheugen teruggenomen door het systeem',
    reasonCleanExit: 'gesloten',
  },
);

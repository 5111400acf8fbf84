import { defineTexts } from '../../i18n/bundle';

export const welcomeTexts = defineTexts(
  {
    title: 'Welcome to your coach dashboard',
    intro:
      'Keep your roster, log training and check-ins, and see who is ready for hard work — all on this computer, with no network needed.',
    demoTitle: 'Explore with a demo team',
    demoBody:
      '24 athletes in two squads with 16 weeks of sessions, check-ins and a current season. Everything can be edited or cleared later.',
    loadDemo: 'Load demo team',
    emptyTitle: 'Start with your own team',
    emptyBody: 'Begin with an empty roster: add athletes by hand or import a CSV file of sessions.',
    startEmpty: 'Start empty',
    loadingDemo: 'Loading the demo team… {{percent}} %',
    demoLoaded: 'Demo team loaded: {{athletes}} athletes, {{sessions}} sessions',
    language: 'Language',
  },
  {
    title: 'Welkom bij je coach-dashboard',
    intro:
      'Beheer je selectie, registreer trainingen en welzijnschecks en zie wie klaar is voor zwaar werk — alles op deze computer, zonder netwerk.',
    demoTitle: 'Verkennen met een demoteam',
    demoBody:
      '24 sporters in twee groepen met 16 weken trainingen, welzijnschecks en een lopend seizoen. Alles is later aan te passen of te wissen.',
    loadDemo: 'Demoteam laden',
    emptyTitle: 'Beginnen met je eigen team',
    emptyBody: 'Begin met een lege selectie: voeg sporters met de hand toe of importeer een CSV-bestand met trainingen.',
    startEmpty: 'Leeg beginnen',
    loadingDemo: 'Demoteam laden… {{percent}} %',
    demoLoaded: 'Demoteam geladen: {{athletes}} sporters, {{sessions}} trainingen',
    language: 'Taal',
  },
);

import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { getHost } from './host';
import { initI18n } from './i18n';
import { readCachedLanguage } from './i18n/language-cache';
import { App } from './app/App';
import { applyPageLanguage } from './app/LanguageSync';
import { startAutomaticBackups } from './app/automatic-backups';

// The strict CSP forbids eval; zod's JIT probe would otherwise trip a CSP violation on every start.
z.config({ jitless: true });

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The page has no #root element');

// The coach's language before the first paint (the settings row in IndexedDB answers only later).
const language = readCachedLanguage();
applyPageLanguage(language);
// In a browser, ask at once to keep the data for good (Settings shows the answer).
void getHost().persistStorage();
// Automatic backups: at start, then every 15 minutes while something changed (and on quit in Electron).
// A print tab or window shows one plan; the app's own window makes the backups.
if (!window.location.hash.startsWith('#/print/')) startAutomaticBackups(getHost());

void initI18n(language).then(() => {
  createRoot(rootElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

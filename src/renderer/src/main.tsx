import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { initI18n } from './i18n';
import { App } from './app/App';

// The strict CSP forbids eval; zod's JIT probe would otherwise trip a CSP violation on every start.
z.config({ jitless: true });

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The page has no #root element');

void initI18n().then(() => {
  createRoot(rootElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

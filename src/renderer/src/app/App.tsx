import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router';
import { theme } from './theme';
import { router } from './router';
import { LanguageSync } from './LanguageSync';
import { AutoBackupNotifier } from '../features/settings/AutoBackupNotifier';
import { ShellNotices } from './ShellNotices';
import { useSettings } from './useSettings';

/** The renderer's root: UI kit, date locale, notifications and the routes. */
export function App() {
  const { language } = useSettings();
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
        <LanguageSync />
        <Notifications position="top-right" />
        <AutoBackupNotifier />
        <ShellNotices />
        <RouterProvider router={router} />
      </DatesProvider>
    </MantineProvider>
  );
}

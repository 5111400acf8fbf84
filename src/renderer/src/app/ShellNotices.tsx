import { useEffect } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  installErrorReporting,
  RECOVERED_REASON,
  REASON_TEXT_KEYS,
  withoutRecoveredParam,
} from './error-reporting';

const UNEXPECTED_ERROR_ID = 'shell-unexpected-error';
const RECOVERED_ID = 'shell-recovered';
/** The reopened-window notice is shown once per page load (not again when the language changes). */
let isRecoveredNoticeShown = false;

/** Reloads the page (a clean start: every screen reads the database again). */
export function ReloadButton() {
  const { t } = useTranslation('shell');
  return (
    <Button size="xs" variant="light" onClick={() => window.location.reload()}>
      {t('reload')}
    </Button>
  );
}

/**
 * What the shell says outside any screen: an uncaught error or unhandled rejection anywhere becomes
 * a sentence with a Reload button (one at a time), and a window that main reopened after its
 * renderer crashed says so once.
 */
export function ShellNotices() {
  const { t } = useTranslation('shell');

  useEffect(
    () =>
      installErrorReporting(window, (message) => {
        console.error('Unexpected error:', message);
        notifications.show({
          id: UNEXPECTED_ERROR_ID,
          color: 'red',
          autoClose: false,
          title: t('unexpectedErrorTitle'),
          message: (
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('unexpectedErrorBody')}</Text>
              {message ? (
                <Text size="xs" c="dimmed">
                  {t('errorDetails', { message })}
                </Text>
              ) : null}
              <ReloadButton />
            </Stack>
          ),
        });
      }),
    [t],
  );

  useEffect(() => {
    if (RECOVERED_REASON === null || isRecoveredNoticeShown) return;
    isRecoveredNoticeShown = true;
    notifications.show({
      id: RECOVERED_ID,
      color: 'orange',
      autoClose: false,
      title: t('recoveredTitle'),
      message: t('recoveredBody', { reason: t(REASON_TEXT_KEYS[RECOVERED_REASON]) }),
    });
    // A later manual reload should not say it again; the route and its state stay as they are.
    window.history.replaceState(window.history.state, '', withoutRecoveredParam(window.location.href));
  }, [t]);

  return null;
}

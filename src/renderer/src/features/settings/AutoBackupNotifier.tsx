import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { getHost } from '../../host';
import { useBackupFailureText } from './useBackupFailureText';

/**
 * Shows every failed automatic backup as a notification on whatever screen is open: a failure is
 * never only a line in a log. Mounted once, beside the notifications.
 */
export function AutoBackupNotifier() {
  const { t } = useTranslation('settings');
  const failureText = useBackupFailureText();
  useEffect(() => {
    let lastShown = '';
    return getHost().backups.subscribe((status) => {
      const result = status.lastResult;
      if (!result || result.ok || result.reason === 'manual' || result.at === lastShown) return;
      lastShown = result.at;
      notifications.show({
        id: `backup-failed-${result.at}`,
        color: 'red',
        autoClose: false,
        title: t('autoFailedTitle'),
        message: t('autoFailedNotice', { reason: failureText(result.error ?? '') }),
      });
    });
  }, [t, failureText]);
  return null;
}

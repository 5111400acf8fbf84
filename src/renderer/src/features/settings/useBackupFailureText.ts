import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyBackupFailure } from './backup-failure';

/** Turns a backup failure's technical message into a sentence in the coach's language. */
export function useBackupFailureText(): (message: string) => string {
  const { t } = useTranslation('settings');
  return useCallback((message: string) => t(`failure_${classifyBackupFailure(message)}`, { message }), [t]);
}

import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { generateDemoTeam } from '@shared/demo';
import { appDb } from '../../db/app-db';
import { getSettings, loadTeam, saveSettings } from '../../db';
import { formatNumber, todayLocalDate } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';

/** Loads the embedded demo team in one transaction, with progress; used by the welcome and the empty roster. */
export function useLoadDemoTeam(): { loadDemo: () => Promise<boolean>; progressPercent: number | null } {
  const { t } = useTranslation('welcome');
  const { language } = useSettings();
  const [progressPercent, setProgressPercent] = useState<number | null>(null);

  async function loadDemo(): Promise<boolean> {
    setProgressPercent(0);
    try {
      const team = generateDemoTeam({ today: todayLocalDate() });
      await loadTeam(appDb, team, (done, total) => setProgressPercent(Math.round((done / total) * 100)));
      await saveSettings(appDb, await getSettings(appDb));
      notifications.show({
        color: 'teal',
        message: t('demoLoaded', { athletes: team.athletes.length, sessions: formatNumber(team.sessions.length, language, 0) }),
      });
      return true;
    } catch (error) {
      notifications.show({ color: 'red', title: t('common:errorTitle'), message: String(error) });
      return false;
    } finally {
      setProgressPercent(null);
    }
  }

  return { loadDemo, progressPercent };
}

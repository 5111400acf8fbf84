import { createHashRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { StartRedirect } from './StartRedirect';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { AthletesPage } from '../features/athletes/AthletesPage';
import { AthleteDetailPage } from '../features/athletes/AthleteDetailPage';
import { TeamSessionPage } from '../features/log/TeamSessionPage';
import { SingleSessionPage } from '../features/log/SingleSessionPage';
import { WellnessCheckinPage } from '../features/log/WellnessCheckinPage';
import { ImportPage } from '../features/import/ImportPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TodayPage } from '../features/today/TodayPage';
import { RecoveryMapPage } from '../features/recovery-map/RecoveryMapPage';
import { TeamLoadPage } from '../features/team-load/TeamLoadPage';

/** Hash routes: they work from file:// in Electron and from any static server in the browser. */
export const router = createHashRouter([
  { path: '/welcome', element: <WelcomePage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <StartRedirect /> },
      { path: 'today', element: <TodayPage /> },
      { path: 'team-load', element: <TeamLoadPage /> },
      { path: 'recovery-map', element: <RecoveryMapPage /> },
      { path: 'athletes', element: <AthletesPage /> },
      { path: 'athletes/:athleteId', element: <AthleteDetailPage /> },
      { path: 'log/team', element: <TeamSessionPage /> },
      { path: 'log/single', element: <SingleSessionPage /> },
      { path: 'log/wellness', element: <WellnessCheckinPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'settings', element: <SettingsPage /> },
    ],
  },
]);

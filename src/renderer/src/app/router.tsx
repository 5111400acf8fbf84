import { createHashRouter, type RouteObject } from 'react-router';
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
import { PlannerPage } from '../features/planner/PlannerPage';
import { PrintPlanPage } from '../print/PrintPlanPage';
import { guardRoutes } from './route-guard';

/** Hash routes: they work from app:// and file:// in Electron and from any static server in the browser. */
export const appRoutes: RouteObject[] = [
  { path: '/welcome', element: <WelcomePage /> },
  // Print routes (src/shared/print printRoutePath): no navigation chrome, printed to PDF.
  { path: '/print/season/:seasonId', element: <PrintPlanPage kind="season" /> },
  { path: '/print/block/:blockId', element: <PrintPlanPage kind="block" /> },
  { path: '/print/athlete/:athleteId/:seasonId', element: <PrintPlanPage kind="athlete" /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <StartRedirect /> },
      { path: 'today', element: <TodayPage /> },
      { path: 'team-load', element: <TeamLoadPage /> },
      { path: 'recovery-map', element: <RecoveryMapPage /> },
      { path: 'planner', element: <PlannerPage /> },
      { path: 'athletes', element: <AthletesPage /> },
      { path: 'athletes/:athleteId', element: <AthleteDetailPage /> },
      { path: 'log/team', element: <TeamSessionPage /> },
      { path: 'log/single', element: <SingleSessionPage /> },
      { path: 'log/wellness', element: <WellnessCheckinPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'settings', element: <SettingsPage /> },
    ],
  },
];

/** Every route has an error element (guardRoutes): a screen that throws never leaves a blank page. */
export const router = createHashRouter(guardRoutes(appRoutes));

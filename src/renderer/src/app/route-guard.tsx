import type { ReactNode } from 'react';
import { useLocation, type RouteObject } from 'react-router';
import { RouteErrorPage } from './RouteErrorPage';

/** localStorage key of the e2e crash hook (bench builds only; see CrashTestProbe). */
export const CRASH_TEST_KEY = 'coach.crashTest';

/**
 * A test hook that makes the route at the path stored under CRASH_TEST_KEY throw while drawing, so
 * the e2e tests can see the error boundary at work. It exists only in the bench build (`--mode
 * bench`, what the e2e tests run); in the app's own build `import.meta.env.MODE` is 'production'
 * and the check below is dropped with the throw.
 */
function CrashTestProbe({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  if (import.meta.env.MODE === 'bench' && window.localStorage.getItem(CRASH_TEST_KEY) === pathname) {
    throw new Error(`Crash test on ${pathname}`);
  }
  return children;
}

/**
 * Gives every route (children included) the same error element, so a screen that throws shows a
 * sentence and a Reload button instead of a blank page, and wraps each screen in the crash probe.
 */
export function guardRoutes(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    // The probe sits on screens only (routes without children): a frame around screens would
    // throw for every screen under it.
    const isScreen = route.element !== undefined && route.children === undefined;
    const element = isScreen ? <CrashTestProbe>{route.element}</CrashTestProbe> : route.element;
    const children = route.children ? guardRoutes(route.children) : undefined;
    return {
      ...route,
      element,
      errorElement: <RouteErrorPage />,
      ...(children ? { children } : {}),
    } as RouteObject;
  });
}

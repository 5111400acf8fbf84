import { AppShell, Badge, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { Navigate, NavLink as RouterLink, Outlet, useLocation, useNavigationType } from 'react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getTeamClient } from '../team/useTeamQuery';
import { todayLocalDate } from '../i18n/format';
import { asOfFromSearch, getCarriedAsOf, mustCarryAsOf, searchWithAsOf, setCarriedAsOf } from './as-of';
import { AsOfControl } from './AsOfControl';

interface NavItem {
  to: string;
  label: string;
  /** Active on sub-pages too (an athlete's page under Athletes). */
  isPrefix?: boolean;
}

function ScreenLink({ item, pathname, search }: { item: NavItem; pathname: string; search: string }) {
  const isActive = item.isPrefix ? pathname.startsWith(item.to) : pathname === item.to;
  return (
    <NavLink component={RouterLink} to={{ pathname: item.to, search }} label={item.label} active={isActive} />
  );
}

/**
 * The app-wide as-of date goes along with every link and redirect: a screen opened from a screen on
 * 2020-03-30 is on 2020-03-30 too (back and forward restore the address as it was). Returns the
 * address to go to instead of the current one, or null.
 */
function useCarriedAsOf(): { pathname: string; search: string } | null {
  const location = useLocation();
  const state: unknown = location.state;
  const navigationType = useNavigationType();
  const today = todayLocalDate();
  const carried = getCarriedAsOf();
  if (mustCarryAsOf(location.search, carried, navigationType, state, today)) {
    return { pathname: location.pathname, search: searchWithAsOf(location.search, carried, today) };
  }
  setCarriedAsOf(asOfFromSearch(location.search, today));
  return null;
}

/** The frame around every page: the app's name, the as-of date and the navigation to the screens. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const { pathname, search } = location;
  const state: unknown = location.state;
  const carry = useCarriedAsOf();
  const today = todayLocalDate();
  // The links keep the as-of date, so hovering one shows where it goes.
  const linkSearch = searchWithAsOf('', asOfFromSearch(search, today), today);
  // Start the team metrics worker with the app, so Today has its answer by the time it is opened.
  useEffect(() => {
    getTeamClient();
  }, []);
  const screenItems: NavItem[] = [
    { to: '/today', label: t('navToday') },
    { to: '/team-load', label: t('navTeamLoad') },
    { to: '/recovery-map', label: t('navRecoveryMap') },
    { to: '/planner', label: t('navPlanner') },
  ];
  const athleteItems: NavItem[] = [{ to: '/athletes', label: t('navAthletes'), isPrefix: true }];
  const toolItems: NavItem[] = [
    { to: '/import', label: t('navImport') },
    { to: '/settings', label: t('navSettings') },
  ];
  const logItems: NavItem[] = [
    { to: '/log/team', label: t('navLogTeam') },
    { to: '/log/single', label: t('navLogSingle') },
    { to: '/log/wellness', label: t('navLogWellness') },
  ];
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between">
          <Title order={3} c="teal.8">
            {t('appName')}
          </Title>
          <Group gap="md" wrap="nowrap">
            <AsOfControl />
            <Badge variant="light" color="gray" title={t('offlineHint')}>
              {t('offline')}
            </Badge>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('navigation')}>
        <ScrollArea>
          {[...screenItems, ...athleteItems].map((item) => (
            <ScreenLink key={item.to} item={item} pathname={pathname} search={linkSearch} />
          ))}
          <NavLink label={t('navLog')} defaultOpened childrenOffset="md" active={false}>
            {logItems.map((item) => (
              <ScreenLink key={item.to} item={item} pathname={pathname} search={linkSearch} />
            ))}
          </NavLink>
          {toolItems.map((item) => (
            <ScreenLink key={item.to} item={item} pathname={pathname} search={linkSearch} />
          ))}
        </ScrollArea>
        <Text size="xs" c="dimmed" mt="auto" px="sm">
          {t('localDataHint')}
        </Text>
      </AppShell.Navbar>
      <AppShell.Main>{carry ? <Navigate replace to={carry} state={state} /> : <Outlet />}</AppShell.Main>
    </AppShell>
  );
}

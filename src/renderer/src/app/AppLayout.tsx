import { AppShell, Badge, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getTeamClient } from '../team/useTeamQuery';

interface NavItem {
  to: string;
  label: string;
  /** Active on sub-pages too (an athlete's page under Athletes). */
  isPrefix?: boolean;
}

function ScreenLink({ item, pathname }: { item: NavItem; pathname: string }) {
  const isActive = item.isPrefix ? pathname.startsWith(item.to) : pathname === item.to;
  return <NavLink component={RouterLink} to={item.to} label={item.label} active={isActive} />;
}

/** The frame around every page: the app's name and the navigation to the screens that work. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
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
          <Badge variant="light" color="gray" title={t('offlineHint')}>
            {t('offline')}
          </Badge>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('navigation')}>
        <ScrollArea>
          {[...screenItems, ...athleteItems].map((item) => (
            <ScreenLink key={item.to} item={item} pathname={pathname} />
          ))}
          <NavLink label={t('navLog')} defaultOpened childrenOffset="md" active={false}>
            {logItems.map((item) => (
              <ScreenLink key={item.to} item={item} pathname={pathname} />
            ))}
          </NavLink>
          {toolItems.map((item) => (
            <ScreenLink key={item.to} item={item} pathname={pathname} />
          ))}
        </ScrollArea>
        <Text size="xs" c="dimmed" mt="auto" px="sm">
          {t('localDataHint')}
        </Text>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
